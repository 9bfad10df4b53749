use std::collections::HashMap as Map;

fn main() {
    let mut m: Map<&str, i32> = Map::new();
    m.insert("a", 1);
    println!("{}", m.len());
}
