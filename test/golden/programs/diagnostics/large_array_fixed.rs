// A 16 MiB array does not fit in the main thread's 8 MiB stack: the process aborts.
fn main() {
    let big = vec![7u8; 16 * 1024 * 1024];
    println!("{}", big[big.len() - 1]);
}
