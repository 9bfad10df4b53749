// 21! does not fit in u64: the multiplication panics in a debug build.
fn factorial(n: u64) -> u64 {
    let mut acc: u64 = 1;
    for i in 1..=n {
        acc *= i;
    }
    acc
}
fn main() {
    for n in [5, 20, 21] {
        println!("{}! = {}", n, factorial(n));
    }
}
