fn main() {
    let n = "42".parse().unwrap();
    println!("{}", n);
}
