trait Speak {
    fn speak(&self) -> &'static str {
        "beep"
    }
}

struct Robot;

impl Speak for Robot {}

fn main() {
    println!("{}", Robot.speak());
}
