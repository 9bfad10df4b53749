use std::collections::HashMap;
fn main() {
    let mut scores: HashMap<&str, u32> = HashMap::new();
    *scores.entry("a").or_insert(0) += 1;
    let e = scores.entry("b").or_default();
    *e += 2;
    if let Some(v) = scores.get_mut("a") { *v += 1; }
    let total: u32 = scores.values().sum();
    scores.insert("c", total);
    let mut opt = Some(3);
    if let Some(x) = opt.as_mut() { *x += 1; }
    let t = opt.take();
    let mut words = vec![String::from("a"), String::from("b")];
    for w in words.iter_mut() { w.push('!'); }
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    words.push(format!("{:?}", lens));
    println!("{:?} {:?} {:?}", scores.len(), t, words);
}
