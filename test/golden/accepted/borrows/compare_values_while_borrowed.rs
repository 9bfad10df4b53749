#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 3 };
    let first = &a;
    let name = String::from("a");
    let label = &name;
    if a != b && name == "a" {
        println!("{:?} {}", first, label);
    }
    println!("{:?} {:?} {}", a, b, name);
}
