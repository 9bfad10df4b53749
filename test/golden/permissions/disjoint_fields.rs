// probe 15 p.y +W: p.y = 3;
// probe 15 p.x -R: let _probe = p.x;
// probe 15 p -R: let _probe = &p;
// probe 16 p +W: p = Point { x: 0, y: 0 };

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let px = &mut p.x;
    *px += 1;
    println!("{px}");
    println!("{} {}", p.x, p.y);
}
