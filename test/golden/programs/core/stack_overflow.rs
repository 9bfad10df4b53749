// Unbounded recursion overflows the 8 MiB main stack: the process aborts, no destructors run.
struct D;
impl Drop for D {
    fn drop(&mut self) {
        println!("never printed");
    }
}
fn down(n: u64) -> u64 {
    if n == u64::MAX {
        return 0;
    }
    down(n + 1) + 1
}
fn main() {
    let _d = D;
    println!("starting");
    println!("{}", down(0));
}
