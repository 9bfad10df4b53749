enum Shape {
    Circle { radius: f64 },
    Square { side: f64 },
}

fn main() {
    let s = Shape::Circle { radius: 1.5 };
    let r = s.radius;
    println!("{}", r);
    let _ = Shape::Square { side: 2.0 };
}
