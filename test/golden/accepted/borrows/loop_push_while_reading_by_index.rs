fn main() {
    let mut fib = vec![1u64, 1];
    for i in 2..10 {
        let next = fib[i - 1] + fib[i - 2];
        fib.push(next);
    }
    println!("{:?}", fib);
}
