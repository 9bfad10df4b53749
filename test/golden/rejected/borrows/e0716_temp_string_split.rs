fn main() {
    let first: &str;
    first = format!("a b").split(' ').next().unwrap();
    println!("{}", first);
}
