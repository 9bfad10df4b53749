fn main() {
    let items = Vec::new();
    println!("{}", items.len());
}
