// Functions, early return, and recursion.
fn factorial(n: u64) -> u64 {
    if n == 0 {
        return 1;
    }
    n * factorial(n - 1)
}
fn fib(n: u32) -> u32 {
    match n {
        0 => 0,
        1 => 1,
        _ => fib(n - 1) + fib(n - 2),
    }
}
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}
fn main() {
    for i in [0, 1, 5, 10, 20] {
        println!("{}! = {}", i, factorial(i));
    }
    println!("fib(20) = {}", fib(20));
    println!("gcd = {}", gcd(1071, 462));
}
