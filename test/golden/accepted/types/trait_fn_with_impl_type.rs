trait Shape {
    fn sides() -> u32;
    fn twice() -> u32 {
        Self::sides() * 2
    }
}

trait Maker {
    fn make() -> Self;
}

struct Square;

impl Shape for Square {
    fn sides() -> u32 {
        4
    }
}

impl Maker for Square {
    fn make() -> Self {
        Square
    }
}

fn main() {
    let a = <Square as Shape>::sides();
    let b = Square::sides();
    let c = Square::twice();
    let _s: Square = Maker::make();
    println!("{a} {b} {c}");
}
