use std::collections::{HashMap, HashSet};

fn main() {
    let m: HashMap<u8, u8> = HashMap::new();
    let s: HashSet<u8> = HashSet::new();
    println!("{} {}", m.len(), s.len());
}
