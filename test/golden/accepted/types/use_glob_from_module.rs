mod colors {
    pub const RED: u8 = 1;
    pub const BLUE: u8 = 2;
}

use colors::*;

fn main() {
    println!("{}", RED + BLUE);
}
