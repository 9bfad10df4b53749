use std::fmt::Debug;

trait Dump: Debug {
    fn dump(&self) -> String {
        format!("<{:?}>", self)
    }
}

struct Gauge {
    level: u8,
}

impl Dump for Gauge {}

fn main() {
    let g = Gauge { level: 3 };
    println!("{} {}", g.dump(), g.level);
}
