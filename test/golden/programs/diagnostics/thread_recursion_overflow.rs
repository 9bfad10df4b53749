// 1 000 levels of 4 KiB fit in main's 8 MiB but not in a spawned thread's 2 MiB.
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
    println!("main: {}", dive(1000));
    let h = thread::spawn(|| dive(1000));
    println!("thread: {}", h.join().unwrap());
}
