use std::fmt;

struct P;

impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "p")
    }
    fn show(&self) {}
}

fn main() {
    println!("{}", P);
}
