use std::thread;

struct Noisy;

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("never printed: destructors do not run on overflow");
    }
}

fn forever(n: u64) -> u64 {
    let _n = Noisy;
    let cells = [n; 256];
    forever(n + 1) + cells[3]
}

fn main() {
    println!("spawning");
    let h = thread::spawn(|| forever(0));
    let _ = h.join();
    println!("unreachable");
}
