// A tuple of owners is one value to drop.
fn pair() -> (String, Vec<u8>) {
    (String::from("p"), vec![1])
}
fn main() {
    let t = pair();
    println!("{} {}", t.0, t.1.len());
}
