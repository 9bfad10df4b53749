use std::collections::HashMap;

fn main() {
    let scores = HashMap::new();
    println!("{}", scores.len());
}
