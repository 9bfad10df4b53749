use std::collections::HashMap;
fn get_or_insert(m: &mut HashMap<u32, String>, k: u32) -> &String {
    if let Some(v) = m.get(&k) {
        return v;
    }
    m.insert(k, String::new());
    m.get(&k).unwrap()
}
fn main() {
    let mut m = HashMap::new();
    println!("{}", get_or_insert(&mut m, 1));
}
