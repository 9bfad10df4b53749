fn main() {
    let mut text = String::with_capacity(2);
    text.push_str("ab");
    let start = text.as_str();
    text.push_str("cdefgh");
    println!("{start}");
}
