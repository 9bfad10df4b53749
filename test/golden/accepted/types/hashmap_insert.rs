use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, u32> = HashMap::new();
    m.insert("a", 1);
    println!("{}", m.len());
}
