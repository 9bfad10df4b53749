fn main() {
    let words = vec!["a", "b"];
    let joined: String = words.iter().map(|w| w.to_string()).collect();
    println!("{}", joined);
}
