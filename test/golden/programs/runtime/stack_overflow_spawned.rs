use std::thread;

fn deep(n: u64) -> u64 {
    let pad = [n; 512];
    if n == 0 {
        return pad[0];
    }
    deep(n - 1) + pad[1] % 7
}

fn main() {
    println!("main can recurse 1000 x 4 KiB: {}", deep(1000));
    let big = thread::Builder::new().stack_size(16 * 1024 * 1024);
    let r = big.spawn(|| deep(1000)).unwrap().join().unwrap();
    println!("16 MiB thread can too: {}", r);
    println!("a default 2 MiB thread cannot");
    let h = thread::spawn(|| deep(1000));
    let r = h.join();
    println!("unreachable: {:?}", r.is_ok());
}
