fn main() {
    let pick = |a: &str, _b: &str| -> &str { a };
    println!("{}", pick("x", "y"));
}
