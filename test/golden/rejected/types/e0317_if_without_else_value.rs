fn main() {
    let n = 4;
    let parity: &str = if n % 2 == 0 { "even" };
    println!("{}", parity);
}
