fn main() {
    let pairs = vec![(String::from("a"), 1)];
    for &(name, n) in &pairs {
        println!("{} {}", name, n);
    }
}
