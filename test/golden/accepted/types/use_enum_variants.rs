#[derive(Debug)]
enum Dir {
    Up,
    Down,
}

use Dir::*;

fn main() {
    let d = Up;
    let e = Down;
    println!("{:?} {:?}", d, e);
}
