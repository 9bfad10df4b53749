// Counting words with a sorted Vec of (word, count), string processing and formatting a table.
fn main() {
    let text = "the cat sat on the mat the end";
    let mut counts: Vec<(String, usize)> = Vec::new();
    for w in text.split(' ') {
        match counts.iter_mut().find(|(word, _)| word == w) {
            Some((_, c)) => *c += 1,
            None => counts.push((w.to_string(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (word, count) in &counts {
        println!("{:<5}|{:>3}", word, count);
    }
    let longest = text.split_whitespace().max_by_key(|w| w.len()).unwrap();
    println!("longest: {}", longest);
    let caps: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect();
    println!("{}", caps.join(" "));
}
