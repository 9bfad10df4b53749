// A user enum without `Copy` moves.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
}

fn area(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Square(a) => a * a,
    }
}

fn main() {
    let c = Shape::Circle(1.0);
    let a = area(c);
    println!("{} {:?}", a, c);
    let sq = Shape::Square(2.0);
    println!("{}", area(sq));
}
