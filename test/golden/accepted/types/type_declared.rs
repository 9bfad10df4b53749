struct Square(f64);

fn area(s: Square) -> f64 {
    s.0 * s.0
}

fn main() {
    println!("{}", area(Square(2.0)));
}
