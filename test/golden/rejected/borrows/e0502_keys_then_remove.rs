use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, u32> = HashMap::new();
    m.insert(1, 1);
    for k in m.keys() {
        m.remove(k);
    }
}
