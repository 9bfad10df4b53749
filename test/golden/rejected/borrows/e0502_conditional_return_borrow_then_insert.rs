use std::collections::HashMap;

fn get_or_make(m: &mut HashMap<u32, String>, k: u32) -> &String {
    if let Some(v) = m.get(&k) {
        return v;
    }
    m.insert(k, k.to_string());
    m.get(&k).unwrap()
}

fn main() {
    let mut m = HashMap::new();
    println!("{}", get_or_make(&mut m, 1));
}
