fn main() {
    let pair = (1, 2);
    println!("{} {}", pair.0, pair.1);
}
