mod outer {
    pub mod inner {
        pub fn run() -> u8 {
            1
        }
    }
}

fn main() {
    println!("{}", outer::inner::run());
}
