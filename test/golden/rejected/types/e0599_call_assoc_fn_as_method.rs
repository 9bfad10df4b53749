struct Point {
    x: i32,
}

impl Point {
    fn origin() -> Point {
        Point { x: 0 }
    }
}

fn main() {
    let p = Point { x: 1 };
    println!("{}", p.origin().x);
}
