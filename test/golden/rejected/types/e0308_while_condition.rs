fn main() {
    let mut n = 10;
    while n {
        n -= 1;
    }
}
