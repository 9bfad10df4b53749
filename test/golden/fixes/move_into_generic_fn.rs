// A String passed by value to a generic function, then used again: clone it, or pass a reference
// (a `&String` is `Display` too).
use std::fmt::Display;

fn shout(value: impl Display) -> String {
    format!("{}!", value)
}

fn main() {
    let name = String::from("ferris");
    let loud = shout(name);
    println!("{} {}", loud, name);
}
