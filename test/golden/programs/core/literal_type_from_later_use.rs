// An unsuffixed literal whose type rustc infers from a later use: `total` is a u64 because of the
// annotation after the loop, so doubling it 40 times does not overflow (it would as an i32).
fn main() {
    let mut total = 1;
    for _ in 0..40 {
        total *= 2;
    }
    let t: u64 = total;
    println!("{}", t);
}
