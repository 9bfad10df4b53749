enum Shape {
    Circle(f64),
    Square(f64),
}

fn grow(s: &mut Shape) {
    match s {
        Shape::Circle(r) => *r *= 2.0,
        Shape::Square(side) => *side += 1.0,
    }
}

fn main() {
    let mut s = Shape::Circle(1.0);
    grow(&mut s);
    if let Shape::Circle(r) = s {
        println!("{}", r);
    }
    let _q = Shape::Square(1.0);
}
