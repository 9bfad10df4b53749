use std::collections::HashMap;

fn lookup(m: &mut HashMap<u32, String>, k: u32) -> &String {
    if !m.contains_key(&k) {
        m.insert(k, k.to_string());
    }
    m.get(&k).unwrap()
}

fn main() {
    let mut m = HashMap::new();
    println!("{}", lookup(&mut m, 3));
}
