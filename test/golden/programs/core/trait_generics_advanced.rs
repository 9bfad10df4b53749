// Trait bounds with where clauses, impl Trait arguments and returns, trait static methods, supertraits.
use std::fmt::Debug;
trait Shape {
    fn area(&self) -> f64;
    fn name() -> &'static str
    where
        Self: Sized;
    fn describe(&self) -> String {
        format!("area {:.2}", self.area())
    }
}
trait Solid: Shape {
    fn volume(&self, depth: f64) -> f64 {
        self.area() * depth
    }
}
#[derive(Debug)]
struct Square(f64);
#[derive(Debug)]
struct Circle {
    r: f64,
}
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name() -> &'static str {
        "square"
    }
}
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name() -> &'static str {
        "circle"
    }
    fn describe(&self) -> String {
        format!("circle of radius {}", self.r)
    }
}
impl Solid for Square {}
fn total_area(shapes: &[&dyn Shape]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}
fn print_it(x: impl Debug) {
    println!("{:?}", x);
}
fn biggest<T>(items: Vec<T>) -> Option<T>
where
    T: PartialOrd,
{
    let mut best: Option<T> = None;
    for x in items {
        best = match best {
            Some(b) if b >= x => Some(b),
            _ => Some(x),
        };
    }
    best
}
fn make_square(side: f64) -> impl Shape {
    Square(side)
}
trait Summary {
    fn summarize(&self) -> String;
}
impl Summary for i32 {
    fn summarize(&self) -> String {
        format!("the number {}", self)
    }
}
impl Summary for String {
    fn summarize(&self) -> String {
        format!("the text {:?}", self)
    }
}
fn main() {
    let s = Square(2.0);
    let c = Circle { r: 1.0 };
    println!("{} {}", s.describe(), c.describe());
    println!("{} {}", Square::name(), Circle::name());
    println!("{:.3}", total_area(&[&s, &c]));
    println!("{}", s.volume(3.0));
    print_it(vec![1, 2]);
    print_it("str");
    println!("{:?} {:?}", biggest(vec![3, 9, 4]), biggest::<i32>(vec![]));
    println!("{}", make_square(3.0).area());
    println!("{} / {}", 7.summarize(), String::from("hi").summarize());
    println!("{}", Shape::area(&s));
}
