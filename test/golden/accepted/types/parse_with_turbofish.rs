fn main() {
    let n = "42".parse::<i64>().unwrap();
    println!("{}", n);
}
