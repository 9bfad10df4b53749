mod net {
    pub mod tcp {
        pub fn connect() -> bool {
            true
        }
    }
}

use net::tcp;

fn main() {
    println!("{}", tcp::connect());
}
