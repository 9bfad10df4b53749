mod outer {
    pub fn base() -> i32 {
        2
    }

    pub mod inner {
        pub fn twice() -> i32 {
            super::base() * 2
        }
    }

    pub fn four() -> i32 {
        self::inner::twice()
    }
}

fn main() {
    println!("{}", outer::four());
}
