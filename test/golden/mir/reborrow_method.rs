// Method calls through references borrow; nothing moves, the owner is dropped once.
fn add_all(v: &mut Vec<String>, extra: &str) {
    v.push(extra.to_string());
    v.push(extra.to_uppercase());
}
fn main() {
    let mut words = vec![String::from("w")];
    add_all(&mut words, "x");
    println!("{}", words.len());
}
