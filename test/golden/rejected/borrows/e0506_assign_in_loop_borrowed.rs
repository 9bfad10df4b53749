fn main() {
    let mut best = String::from("a");
    let mut seen = Vec::new();
    for word in ["b", "c"] {
        seen.push(&best);
        best = word.to_string();
    }
    println!("{}", seen.len());
}
