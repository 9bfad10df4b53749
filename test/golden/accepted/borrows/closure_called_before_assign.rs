fn main() {
    let mut n = 0;
    let read = || n * 2;
    println!("{}", read());
    n = 5;
    println!("{}", n);
}
