// Paths into the program's own modules, patterns and duplicate bindings.
struct Braced {
    a: i32,
}

mod shapes {
    pub fn area() -> u32 {
        1
    }
}

fn check(x: i32) -> i32 {
    let b = Braced;
    shapes::perimeter();
    match Some(x) {
        NoTuple(y) => y,
        _ => 0,
    }
}

fn pairs(a: i32, a: u8) {}

fn main() {
    let (p, p) = (1, 2);
    check(1);
}

fn main() {}

use nowhere::Thing;
