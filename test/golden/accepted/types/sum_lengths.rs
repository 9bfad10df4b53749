fn main() {
    let parts = vec!["a", "bc"];
    let total: usize = parts.iter().map(|p| p.len()).sum();
    println!("{}", total);
}
