fn main() {
    let mut word = String::new();
    let mut seen: Vec<&String> = Vec::new();
    for w in ["a", "b"] {
        word = w.to_string();
        seen.push(&word);
    }
    println!("{}", seen.len());
}
