mod tools {
    pub trait Twice {
        fn twice(&self) -> Self;
    }

    impl Twice for u8 {
        fn twice(&self) -> u8 {
            self * 2
        }
    }
}

use tools::Twice;

fn main() {
    println!("{}", 4u8.twice());
}
