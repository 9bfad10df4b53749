mod util {
    pub fn clamp(n: i32) -> i32 {
        n.max(0)
    }
}

use crate::util::clamp;

fn main() {
    println!("{}", clamp(-1));
}
