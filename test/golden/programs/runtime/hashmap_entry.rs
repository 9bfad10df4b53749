use std::collections::HashMap;

fn main() {
    let text = "the cat and the dog and the bird";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, usize)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    pairs.sort();
    println!("{:?}", pairs);

    let mut lengths: HashMap<usize, Vec<&str>> = HashMap::new();
    for word in text.split_whitespace() {
        lengths.entry(word.len()).or_default().push(word);
    }
    let mut keys: Vec<_> = lengths.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} -> {:?}", k, lengths[&k]);
    }

    let mut cache: HashMap<u32, String> = HashMap::new();
    let v = cache.entry(7).or_insert_with(|| String::from("seven"));
    v.push('!');
    cache.entry(7).and_modify(|s| s.push('?')).or_insert_with(|| String::from("never"));
    cache.entry(8).and_modify(|s| s.push('?')).or_insert_with(|| String::from("eight"));
    println!("7={} 8={}", cache[&7], cache[&8]);
}
