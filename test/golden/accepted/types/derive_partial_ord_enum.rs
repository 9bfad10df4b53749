#[derive(PartialEq, PartialOrd)]
enum Level {
    Low,
    High,
}

fn main() {
    println!("{}", Level::Low < Level::High);
}
