fn main() {
    let v = vec![1.5, 2.5];
    let total: f64 = v.iter().sum();
    println!("{}", total);
}
