// Drop order, stated as claims that `rustmem check` confirms.
// Run `npx rustmem check examples/annotated_drops.rs`: right claims are silent.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

// @mem expect size Noisy = 16
// @mem expect size Option<Box<Noisy>> = 8
// @mem expect no-leak
// @mem expect output "drop a"
fn main() {
    let a = Noisy("a");
    let b = Noisy("b");
    {
        let c = Noisy("c");
        let d = Noisy("d");
        // @mem snapshot inner scope
        let _ = Noisy("temporary");
    } // @mem expect drops d, c
    let moved = b;
    drop(moved); // @mem expect drops moved
    let mut e = Noisy("e");
    e = Noisy("f"); // @mem expect drops e
    let _ = e.0;
} // @mem expect drops e, a
