use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, String::from("a"));
    let s: String = m.remove(&1).unwrap();
    println!("{} {}", s, m.len());
}
