// How format!, write!, writeln! and to_string size their Strings: format! starts from the format
// string's estimate, write! into a String and to_string of a Display type grow from empty, one
// write at a time (literal pieces, numbers, a user impl's own writes, derived Debug's parts).
use std::fmt;
use std::fmt::Write;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

#[derive(Debug, Clone, Copy)]
struct P2 {
    x: i64,
    y: i64,
}

#[derive(Debug)]
enum Shape {
    Dot(P2),
    Line { from: P2, to: P2 },
}

fn main() {
    let p = Point { x: -12, y: 345 };
    let a = format!("{}{}", p, p);
    let b = format!("at {} and {}", p, -7);
    let c = p.to_string();
    let mut s = String::new();
    write!(s, "{}-{}", 1, "two").unwrap();
    writeln!(s, "{:?}", Shape::Dot(P2 { x: 1, y: 2 })).unwrap();
    let d = format!("{:?}", Shape::Line { from: P2 { x: 1, y: 2 }, to: P2 { x: -3, y: 40 } });
    let e = format!("{:?}", vec!["alpha", "beta"]);
    let g = format!("{:>8}|", "pad");
    println!("{} {} {} {}", a, b, c, s.trim_end());
    println!("{} {} {}", d, e, g);
    // rustc folds literal arguments into the format string; which kinds it folds decides whether
    // format! starts from an estimate or copies a constant.
    let h = format!("{}{}", 7, "seven");
    let i = format!("{}{}", 'c', 'd');
    let j = format!("{}{}", true, false);
    let k = format!("{}{}", 2.5, 1.5);
    let l = format!("{:?}{}", "dbg", 300u16);
    println!("{} {} {} {} {}", h, i, j, k, l);
}
