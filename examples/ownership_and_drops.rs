// Ownership and drop order: every value has one owner, a move hands it on, and values are dropped
// when their owner goes out of scope, in reverse order of declaration.
// Open the Memory Inspector on `main` and step through: watch `first` move into `keep`, and the
// drops at the end of each scope.

struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn make(name: &str) -> Noisy {
    println!("make {name}");
    Noisy { name: name.to_string() }
}

/// Takes ownership: `n` is dropped when this function returns.
fn consume(n: Noisy) {
    println!("consume {}", n.name);
}

fn main() {
    let first = make("first");
    let second = make("second");
    {
        let inner = make("inner");
        println!("{} scope ends", inner.name);
    } // `inner` is dropped here
    let keep = first; // a move: `first` can no longer be used
    println!("kept {}", keep.name);
    consume(second); // `second` moves into `consume` and is dropped there
    let _third = make("third");
    println!("end of main");
} // dropped now, in reverse order: `_third`, then `keep` (the old `first`)
