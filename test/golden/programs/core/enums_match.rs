// Enums with data, match with bindings, guards, ranges, `|`, `@` and `_`.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Unit,
}
fn describe(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        x @ 4..=9 if x % 2 == 0 => "even digit",
        4..=9 => "odd digit",
        _ => "large",
    }
}
fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Unit => 0.0,
    }
}
fn main() {
    for n in [-5, 0, 2, 4, 7, 12] {
        println!("{} is {}", n, describe(n));
    }
    let shapes = vec![Shape::Circle(1.5), Shape::Rect { w: 2.0, h: 3.5 }, Shape::Unit];
    for s in &shapes {
        println!("{:?} has area {}", s, area(s));
    }
    let pair = (3, -3);
    match pair {
        (x, y) if x + y == 0 => println!("opposites {} {}", x, y),
        (x, _) if x % 2 == 0 => println!("even first"),
        _ => println!("no match"),
    }
    let msg = match shapes.len() {
        0 => String::from("none"),
        n => format!("{} shapes", n),
    };
    println!("{}", msg);
}
