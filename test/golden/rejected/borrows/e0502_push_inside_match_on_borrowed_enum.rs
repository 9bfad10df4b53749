enum Shape { Circle(f64), Square(f64) }

fn main() {
    let mut shapes = vec![Shape::Circle(1.0), Shape::Square(2.0)];
    match &shapes[0] {
        Shape::Circle(r) => {
            shapes.push(Shape::Square(*r));
            println!("{}", r);
        }
        Shape::Square(_) => {}
    }
}
