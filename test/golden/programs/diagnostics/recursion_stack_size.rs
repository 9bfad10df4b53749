// A thread given a 64 MiB stack with Builder::stack_size holds 3 000 levels of 4 KiB (12 MiB, more than main's 8 MiB).
use std::thread;

fn dive(n: u64) -> u64 {
    let pad = [n as u8; 4096];
    if n == 0 {
        pad[0] as u64
    } else {
        dive(n - 1) + pad[1] as u64
    }
}

fn main() {
    let h = thread::Builder::new().stack_size(64 * 1024 * 1024).spawn(|| dive(3_000)).unwrap();
    println!("{}", h.join().unwrap());
}
