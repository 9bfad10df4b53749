mod garden {
    pub fn water() {}
}

use garden::prune;

fn main() {
    prune();
}
