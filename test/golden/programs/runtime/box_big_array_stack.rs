fn main() {
    let b = Box::new([7u64; 128 * 1024]);
    println!("1 MiB box built on the stack first: len={} b[0]={}", b.len(), b[0]);
    let h = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            println!("small thread started");
            let big = Box::new([1u64; 128 * 1024]);
            big[10] as u32
        })
        .unwrap();
    let r = h.join();
    println!("unreachable {:?}", r.is_ok());
}
