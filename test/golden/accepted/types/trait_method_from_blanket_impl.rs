use std::fmt::Display;

trait Shout {
    fn shout(&self) -> String;
}

impl<T: Display> Shout for T {
    fn shout(&self) -> String {
        format!("{}!", self)
    }
}

#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Score(u32);

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} points", self.0)
    }
}

fn show<T: Display + Clone>(t: &T) -> String {
    t.clone().to_string()
}

fn main() {
    let s = Score(3);
    println!("{} {} {:?} {}", s.shout(), show(&s), s, s == Score(3));
    println!("{}", Score(1) < Score(2));
    println!("{}", 5.shout());
}
