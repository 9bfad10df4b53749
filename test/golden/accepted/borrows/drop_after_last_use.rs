fn main() {
    let v = vec![1, 2];
    let first = &v[0];
    println!("{}", first);
    drop(v);
}
