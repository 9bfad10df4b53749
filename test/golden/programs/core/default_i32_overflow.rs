// Unsuffixed integer literals that nothing else constrains are i32: doubling overflows at 2^31.
fn main() {
    let mut count = 0;
    let mut n = 1;
    while count < 40 {
        n *= 2;
        count += 1;
        if count % 10 == 0 {
            println!("{} {}", count, n);
        }
    }
}
