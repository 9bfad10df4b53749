use std::fmt;

impl fmt::Display for Option<u8> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "?")
    }
}

fn main() {}
