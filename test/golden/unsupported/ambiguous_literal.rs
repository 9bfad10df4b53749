// An unsuffixed literal whose type rustc infers from a later use the simulator does not follow:
// here `total` is a u64 because of the annotation on the last line, and it exceeds i32 first.
fn main() {
    let mut total = 1;
    for _ in 0..40 {
        total *= 2;
    }
    let t: u64 = total;
    println!("{}", t);
}
