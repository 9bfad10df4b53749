// A HashMap's capacity depends on how its hash table lays out entries, which std does not specify.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, "one");
    println!("{}", m.capacity());
}
