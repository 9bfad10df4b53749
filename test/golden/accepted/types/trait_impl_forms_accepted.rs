use std::cmp::Ordering;
use std::fmt;

trait Shape {
    const SIDES: u32;
    type Unit;
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn scale(&mut self, by: f64);
}

trait Convert<T> {
    fn convert(&self) -> T;
}

#[derive(Debug, PartialEq)]
struct Square(f64);

impl Shape for Square {
    const SIDES: u32 = 4;
    type Unit = f64;
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn scale(&mut self, by: f64) {
        self.0 *= by;
    }
}

impl Convert<i64> for Square {
    fn convert(&self) -> i64 {
        self.0 as i64
    }
}

impl PartialOrd for Square {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.0.partial_cmp(&other.0)
    }
    fn lt(&self, other: &Self) -> bool {
        self.0 < other.0
    }
}

impl fmt::Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}]", self.0)
    }
}

impl From<Square> for String {
    fn from(s: Square) -> String {
        format!("{}", s)
    }
}

impl<'a> From<&'a Square> for f64 {
    fn from(s: &'a Square) -> f64 {
        s.0
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            return None;
        }
        self.0 -= 1;
        Some(self.0)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.0 as usize, Some(self.0 as usize))
    }
}

fn main() {
    let mut s = Square(2.0);
    s.scale(1.5);
    let wide: f64 = f64::from(&s);
    let smaller = Square(1.0) < Square(2.0);
    println!("{} {} {} {} {} {}", s.area(), s.name(), s.convert(), wide, smaller, Square::SIDES);
    let text: String = s.into();
    let total: u32 = Countdown(4).sum();
    println!("{text} {total}");
}
