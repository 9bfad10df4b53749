use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, u32> = HashMap::new();
    m.insert("a", 1);
    let n = m.get("a").copied().unwrap_or(0);
    m.insert("b", n + 1);
    println!("{}", m.len());
}
