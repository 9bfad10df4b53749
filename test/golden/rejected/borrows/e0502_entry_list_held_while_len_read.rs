use std::collections::HashMap;

fn main() {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    let words = vec![String::from("a"), String::from("b")];
    for (i, w) in words.iter().enumerate() {
        let list = index.entry(w.clone()).or_default();
        list.push(i);
        let total = index.len();
        list.push(total);
    }
}
