struct Holder<'a> { items: Vec<&'a String> }
fn main() {
    let mut h = Holder { items: Vec::new() };
    for i in 0..2 {
        let s = format!("{}", i);
        h.items.push(&s);
    }
    println!("{}", h.items.len());
}
