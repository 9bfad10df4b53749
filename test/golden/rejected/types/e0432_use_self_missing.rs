mod net {
    pub mod tcp {
        pub fn connect() {}
    }
}

use net::udp;

fn main() {
    net::tcp::connect();
}
