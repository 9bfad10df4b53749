use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, u32> = HashMap::new();
    m.insert(1, 2);
    let pairs: Vec<(u32, u32)> = m.iter().map(|(k, v)| (*v, *k)).collect();
    for (k, v) in pairs {
        m.insert(k, v);
    }
    println!("{}", m.len());
}
