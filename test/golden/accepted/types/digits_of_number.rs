fn main() {
    let n = 1234;
    let first = n.to_string().chars().next().unwrap();
    println!("{}", first);
}
