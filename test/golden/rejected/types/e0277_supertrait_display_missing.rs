use std::fmt;

trait Banner: fmt::Display {
    fn banner(&self) -> String {
        format!("== {} ==", self)
    }
}

struct Title {
    text: String,
}

impl Banner for Title {}

fn main() {
    let t = Title { text: String::from("hi") };
    println!("{}", t.banner());
}
