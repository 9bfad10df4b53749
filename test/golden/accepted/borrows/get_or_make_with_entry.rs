use std::collections::HashMap;

fn get_or_make(m: &mut HashMap<u32, String>, k: u32) -> &String {
    m.entry(k).or_insert_with(|| k.to_string())
}

fn main() {
    let mut m = HashMap::new();
    println!("{}", get_or_make(&mut m, 1));
}
