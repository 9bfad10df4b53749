// A moved value is not dropped where it was declared; its new owner drops it.
fn consume(s: String) -> usize {
    s.len()
}
fn main() {
    let a = String::from("moved");
    let b = String::from("kept");
    let n = consume(a);
    println!("{} {}", n, b);
}
