use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, Vec<i32>> = HashMap::new();
    let list = m.entry("a").or_default();
    let other = m.entry("b").or_default();
    list.push(1);
    other.push(2);
}
