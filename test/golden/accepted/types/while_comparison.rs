fn main() {
    let mut n = 10;
    while n > 0 {
        n -= 1;
    }
    println!("{}", n);
}
