use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {}

fn main() {
    println!("{}", Celsius(3.0));
}
