#[derive(Debug)]
enum Shape { Circle(String), Square(u32) }
fn main() {
    let mut s = Shape::Circle(String::from("c"));
    match &s {
        Shape::Circle(name) => {
            s = Shape::Square(2);
            println!("{}", name);
        }
        Shape::Square(n) => println!("{}", n),
    }
    println!("{:?}", s);
}
