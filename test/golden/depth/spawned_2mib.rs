// A spawned thread has 2 MiB of stack: with a 400-byte array in each level it holds a few
// thousand levels. The depth is printed every 50 levels until the thread's stack overflows.
use std::thread;

fn climb(depth: u64) -> u64 {
    let pad = [depth as u8; 400];
    if depth % 50 == 0 {
        println!("{}", depth);
    }
    climb(depth + 1) + pad[depth as usize % 400] as u64
}

fn main() {
    let h = thread::spawn(|| climb(1));
    println!("{:?}", h.join().is_ok());
}
