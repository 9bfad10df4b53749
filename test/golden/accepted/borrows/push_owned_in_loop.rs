fn main() {
    let mut seen: Vec<String> = Vec::new();
    for w in ["a", "b"] {
        let word = w.to_string();
        seen.push(word);
    }
    println!("{:?}", seen);
}
