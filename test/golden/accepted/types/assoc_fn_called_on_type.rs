struct Point {
    x: i32,
}

impl Point {
    fn origin() -> Point {
        Point { x: 0 }
    }
}

fn main() {
    let p = Point::origin();
    println!("{}", p.x);
}
