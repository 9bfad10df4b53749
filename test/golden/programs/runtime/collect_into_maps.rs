use std::collections::{BTreeMap, HashMap};

fn main() {
    let words = vec!["apple", "bob", "cat", "apple", "dog", "cat", "apple"];
    let mut freq: BTreeMap<&str, u32> = BTreeMap::new();
    for w in &words {
        *freq.entry(w).or_insert(0) += 1;
    }
    println!("{:?}", freq);
    let by_len: BTreeMap<usize, Vec<&str>> = words.iter().fold(BTreeMap::new(), |mut m, w| {
        m.entry(w.len()).or_insert_with(Vec::new).push(*w);
        m
    });
    println!("{:?}", by_len);
    let index: HashMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
    println!("last apple at {}", index["apple"]);
    println!("distinct = {}", index.len());
    let pairs: BTreeMap<_, _> = index.into_iter().collect();
    println!("{:?}", pairs);
}
