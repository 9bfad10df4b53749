// `thread::Builder::stack_size` sets a thread's stack: 4 MiB here, with 1 KiB arrays in each
// level. The depth is printed every 100 levels until the thread's stack overflows.
use std::thread;

fn sink(depth: u64) -> u64 {
    let pad = [depth as u8; 1024];
    if depth % 100 == 0 {
        println!("{}", depth);
    }
    sink(depth + 1) + pad[depth as usize % 1024] as u64
}

fn main() {
    let h = thread::Builder::new().stack_size(4 * 1024 * 1024).spawn(|| sink(1)).unwrap();
    println!("{:?}", h.join().is_ok());
}
