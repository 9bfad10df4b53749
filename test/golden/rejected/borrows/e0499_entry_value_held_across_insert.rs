use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<&str, i32> = HashMap::new();
    let c = counts.entry("a").or_insert(0);
    counts.insert("b", 1);
    *c += 1;
}
