fn main() {
    let words = vec!["a", "b"];
    let joined: i32 = words.iter().collect();
    println!("{}", joined);
}
