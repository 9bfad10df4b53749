fn main() {
    let mut line = String::from("a b");
    let words: Vec<&str> = line.split_whitespace().collect();
    line.clear();
    println!("{:?}", words);
}
