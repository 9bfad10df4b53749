use std::collections::HashMap;

fn main() {
    let mut index: HashMap<String, usize> = HashMap::new();
    for i in 0..2 {
        let key = format!("k{}", i);
        index.insert(key, i);
    }
    println!("{}", index.len());
}
