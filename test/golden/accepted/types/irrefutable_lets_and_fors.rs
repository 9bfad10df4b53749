struct Point {
    x: i32,
    y: i32,
}

enum Only {
    One(u8),
}

fn main() {
    let Point { x, y } = Point { x: 1, y: 2 };
    let (a, (b, c)) = (1, (2, 3));
    let Only::One(n) = Only::One(4);
    let &[first, second] = &[5, 6];
    for (i, v) in vec![10, 20].into_iter().enumerate() {
        println!("{} {}", i, v);
    }
    for &(l, r) in [(1, 2), (3, 4)].iter() {
        println!("{} {}", l, r);
    }
    println!("{} {} {} {} {} {} {} {}", x, y, a, b, c, n, first, second);
}
