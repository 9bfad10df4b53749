use std::fmt;

struct Maybe(Option<u8>);

impl fmt::Display for Maybe {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            Some(n) => write!(f, "{}", n),
            None => write!(f, "?"),
        }
    }
}

fn main() {
    println!("{} {}", Maybe(Some(1)), Maybe(None));
}
