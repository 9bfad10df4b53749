fn main() {
    let mut v = vec![0usize; 2];
    v.insert(v.len(), 7);
    println!("{:?}", v);
}
