use std::collections::HashMap;

fn main() {
    let mut v = Vec::new();
    v.push(1u8);
    let mut m = HashMap::new();
    m.insert("k", 2);
    let mut none = None;
    if v.len() > 5 {
        none = Some(3.5);
    }
    let add = |x| x + 1;
    println!("{:?} {:?} {:?} {}", v, m.get("k"), none, add(2));
}
