fn main() {
    let v = vec![1, 2, 3];
    for (i, x) in v.iter().enumerate() {
        println!("{} {}", i, x);
    }
}
