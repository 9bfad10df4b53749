// Each level of `dive` keeps a 4 KiB array; 10 000 levels need 40 MB, more than main's 8 MiB.
fn dive(n: u64) -> u64 {
    let pad = [n as u8; 4096];
    if n == 0 {
        pad[0] as u64
    } else {
        dive(n - 1) + pad[1] as u64
    }
}

fn main() {
    println!("{}", dive(10_000));
}
