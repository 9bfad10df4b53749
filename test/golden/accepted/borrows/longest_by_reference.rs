fn longest(words: &Vec<String>) -> &String {
    let mut best = &words[0];
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn main() {
    println!("{}", longest(&vec![String::from("a"), String::from("bb")]));
}
