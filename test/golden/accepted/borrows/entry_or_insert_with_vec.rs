use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in ["a", "bb", "cc"] {
        groups.entry(w.len()).or_insert_with(Vec::new).push(w);
    }
    println!("{:?}", groups.get(&2));
}
