fn main() {
    let mut items = Vec::new();
    items.push(1u8);
    println!("{}", items.len());
}
