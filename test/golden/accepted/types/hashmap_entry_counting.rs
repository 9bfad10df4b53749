use std::collections::HashMap;

fn main() {
    let text = "a b a";
    let mut counts = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{:?}", counts.get("a"));
}
