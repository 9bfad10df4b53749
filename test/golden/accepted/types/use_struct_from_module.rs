mod shapes {
    pub struct Square {
        pub side: u32,
    }
}

use shapes::Square;

fn main() {
    let s = Square { side: 2 };
    println!("{}", s.side);
}
