// A derive followed by a comment on the same line is still a derive.
#[derive(Debug, Clone, PartialEq)] // comment after the attribute
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)] /* a block comment */
enum Shape {
    Dot(Point),
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p.clone();
    println!("{:?} {}", q, p == q);
    println!("{:?}", Shape::Dot(q));
}
