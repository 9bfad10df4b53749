trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("hello, {}", self.name())
    }
}

struct Robot;

impl Greeter for Robot {}

fn main() {
    println!("{}", Robot.greet());
}
