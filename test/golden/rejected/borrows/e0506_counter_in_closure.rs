fn main() {
    let mut n = 0;
    let read = || n * 2;
    n = 5;
    println!("{}", read());
}
