// Each block drops what it declared when it ends.
fn main() {
    let outer = String::from("outer");
    {
        let inner = vec![String::from("a"), String::from("b")];
        println!("{}", inner.len());
    }
    let last = Box::new([0u8; 4]);
    println!("{} {}", outer, last.len());
}
