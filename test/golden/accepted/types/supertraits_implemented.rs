use std::fmt;

trait Banner: fmt::Display {
    fn banner(&self) -> String {
        format!("== {} ==", self)
    }
}

trait Dump: fmt::Debug {
    fn dump(&self) -> String {
        format!("<{:?}>", self)
    }
}

trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("hello, {}", self.name())
    }
}

struct Title {
    text: String,
}

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.text)
    }
}

impl Banner for Title {}

#[derive(Debug)]
struct Gauge {
    level: u8,
}

impl Dump for Gauge {}

struct Robot;

impl Named for Robot {
    fn name(&self) -> String {
        String::from("R2")
    }
}

impl Greeter for Robot {}

fn main() {
    let t = Title { text: String::from("hi") };
    let g = Gauge { level: 3 };
    println!("{} {} {}", t.banner(), g.dump(), Robot.greet());
}
