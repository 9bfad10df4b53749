use std::collections::HashMap;

fn main() {
    let m = HashMap::new();
    m.insert(1, 2);
    println!("{}", m.len());
}
