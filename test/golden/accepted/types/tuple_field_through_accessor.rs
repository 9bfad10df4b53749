mod ids {
    pub struct Id(u32);

    impl Id {
        pub fn value(&self) -> u32 {
            self.0
        }
    }

    pub fn make() -> Id {
        Id(7)
    }
}

fn main() {
    println!("{}", ids::make().value());
}
