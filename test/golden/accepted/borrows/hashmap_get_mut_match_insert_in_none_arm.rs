use std::collections::HashMap;
fn main() {
    let mut m: HashMap<u32, Vec<u32>> = HashMap::new();
    for k in [1, 2, 1] {
        match m.get_mut(&k) {
            Some(v) => v.push(k),
            None => { m.insert(k, vec![k]); }
        }
    }
    if let Some(v) = m.get(&3) {
        println!("{:?}", v);
    } else {
        m.insert(3, vec![]);
    }
    m.entry(4).or_insert_with(Vec::new).push(4);
    let mut keys: Vec<_> = m.keys().copied().collect();
    keys.sort_by_key(|k| m[k].len());
    println!("{:?}", keys);
}
