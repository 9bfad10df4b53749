struct Point {
    x: i32,
}

fn origin() -> Piont {
    Point { x: 0 }
}

fn main() {
    println!("{}", origin().x);
}
