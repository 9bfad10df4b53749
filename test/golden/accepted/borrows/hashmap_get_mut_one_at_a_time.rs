use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u8, String> = HashMap::new();
    m.insert(1, String::from("a"));
    m.insert(2, String::from("b"));
    let b = m.get(&2).unwrap().clone();
    let a = m.get_mut(&1).unwrap();
    a.push_str(&b);
    println!("{:?}", m.get(&1));
}
