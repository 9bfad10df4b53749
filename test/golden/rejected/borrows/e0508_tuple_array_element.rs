fn main() {
    let pairs = [(String::from("a"), 1)];
    let (name, n) = pairs[0];
    println!("{} {}", name, n);
}
