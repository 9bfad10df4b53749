// A unit struct value, a value unwrapped with `?`, a Result holding a std error type; and a
// unit-struct pattern that binds nothing (so it moves nothing).
use std::num::ParseIntError;

struct Empty;
struct Null;

struct Temp {
    name: String,
}

impl Temp {
    fn new(name: &str) -> Result<Self, String> {
        Ok(Temp { name: name.to_string() })
    }
}

trait DoubleDrop<T> {
    fn double_drop(self, _: T);
}

impl<T, U> DoubleDrop<T> for U {
    fn double_drop(self, _: T) {}
}

fn parse(s: &str) -> Result<i32, ParseIntError> {
    s.parse::<i32>()
}

fn show(r: Result<i32, ParseIntError>) {
    println!("{:?}", r);
}

fn run() -> Result<(), String> {
    let t = Temp::new("a")?;
    drop(t);
    println!("{}", t.name);
    Ok(())
}

fn main() {
    let empty = Empty;
    let null = Null;
    empty.double_drop(null);
    let _ = &empty;
    let r = parse("7");
    show(r);
    let _ = &r;
    let x = Empty;
    let c = || {
        let Empty = x;
    };
    let y = x;
    c();
    let _ = (y, run());
}
