// The same recursion 100 levels deep: about 400 KiB of stack, well within 8 MiB.
fn dive(n: u64) -> u64 {
    let pad = [n as u8; 4096];
    if n == 0 {
        pad[0] as u64
    } else {
        dive(n - 1) + pad[1] as u64
    }
}

fn main() {
    println!("{}", dive(100));
}
