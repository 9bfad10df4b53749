mod shapes {
    pub struct Square {
        pub side: u32,
    }
}

fn main() {
    let s = Square { side: 2 };
    println!("{}", s.side);
}
