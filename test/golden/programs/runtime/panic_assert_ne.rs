#[derive(Debug, PartialEq)]
enum Color {
    Red,
    Green,
}

fn main() {
    let a = Color::Red;
    let b = Color::Green;
    assert_ne!(a, b);
    println!("red != green");
    let c = Color::Red;
    assert_ne!(a, c);
}
