// Names that exist but are the wrong kind, imports failing at different segments, and a path
// through a private item (E0603).
mod garden {
    pub mod tools {
        pub fn rake() {}
    }
    fn secret() {}
}

struct Meters {
    value: u32,
}

use garden::prune;
use crate::orchard::apple;
use garden::tools::rake;

fn make() -> Self {
    todo!()
}

fn main() {
    let m = Meters(5);
    let g = garden;
    garden::secret();
    rake();
}
