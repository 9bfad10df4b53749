mod maths {
    pub fn cube(n: i32) -> i32 {
        n * n * n
    }
}

use maths::cube;

fn main() {
    println!("{}", cube(2));
}
