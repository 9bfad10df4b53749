// User Display impls, write! into a Formatter, to_string() and padding behaviour.
use std::fmt;
struct Point {
    x: i32,
    y: i32,
}
impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}
struct Matrix(Vec<Vec<i32>>);
impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.0 {
            let cells: Vec<String> = row.iter().map(|c| format!("{:>3}", c)).collect();
            writeln!(f, "[{}]", cells.join(""))?;
        }
        Ok(())
    }
}
struct Padded(&'static str);
impl fmt::Display for Padded {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
enum Level {
    #[default]
    Low,
    High,
}
impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Level::Low => "low",
            Level::High => "HIGH",
        };
        write!(f, "{}", s)
    }
}
fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{}", p);
    println!("[{:>12}]", p);
    let s = p.to_string();
    println!("{} has {} bytes", s, s.len());
    print!("{}", Matrix(vec![vec![1, 20], vec![300, 4]]));
    println!("[{:>6}] [{:<6}]", Padded("ab"), Padded("cd"));
    println!("{} {:?} {}", Level::Low, Level::High, Level::default());
    println!("{}", Level::Low < Level::High);
    let mut out = String::new();
    use std::fmt::Write;
    write!(out, "{}-{}", 1, 2).unwrap();
    writeln!(out, "!").unwrap();
    print!("{}", out);
}
