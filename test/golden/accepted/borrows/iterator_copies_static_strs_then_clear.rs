fn main() {
    let mut names = vec!["a", "b"];
    let copies: Vec<&str> = names.iter().copied().collect();
    let first: &str = names.iter().next().copied().unwrap();
    names.clear();
    println!("{:?} {}", copies, first);
}
