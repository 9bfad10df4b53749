struct Pair<'a> {
    a: &'a i32,
    b: i32,
}

fn main() {
    let n = 1;
    let p = Pair { a: &n, b: 2 };
    println!("{} {}", p.a, p.b);
}
