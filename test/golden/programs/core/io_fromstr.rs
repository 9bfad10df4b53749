// Writing through io::stdout()/stderr() handles, flushing, and parsing into a user type with FromStr.
use std::io::{self, Write};
use std::str::FromStr;
#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}
#[derive(Debug, PartialEq)]
enum ParsePointError {
    Format,
    Number,
}
impl FromStr for Point {
    type Err = ParsePointError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (a, b) = s.trim_matches(|c| c == '(' || c == ')').split_once(',').ok_or(ParsePointError::Format)?;
        let x = a.trim().parse::<i32>().map_err(|_| ParsePointError::Number)?;
        let y = b.trim().parse::<i32>().map_err(|_| ParsePointError::Number)?;
        Ok(Point { x, y })
    }
}
fn main() {
    print!("prompt> ");
    io::stdout().flush().unwrap();
    println!();
    let mut out = io::stdout();
    writeln!(out, "written through a handle: {}", 42).unwrap();
    write!(io::stderr(), "to stderr\n").unwrap();
    eprintln!("also stderr");
    for s in ["(1, 2)", "(3,x)", "nope"] {
        let p: Result<Point, _> = s.parse();
        println!("{:?}", p);
    }
    let q = "(7, -8)".parse::<Point>().unwrap();
    println!("{} {}", q.x, q.y);
}
