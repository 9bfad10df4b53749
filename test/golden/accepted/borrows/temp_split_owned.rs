fn main() {
    let first: String;
    first = format!("a b").split(' ').next().unwrap().to_string();
    println!("{}", first);
}
