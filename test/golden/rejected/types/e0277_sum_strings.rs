fn main() {
    let parts = vec!["a", "b"];
    let total: i32 = parts.iter().sum();
    println!("{}", total);
}
