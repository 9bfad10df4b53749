enum Shape {
    Circle(f64),
    Square(f64),
}

fn main() {
    let s = Shape::Circle("big");
    if let Shape::Square(side) = s {
        println!("{}", side);
    }
}
