fn main() {
    let mut v = vec![1];
    v.resize(v.len() * 3, 0);
    println!("{:?}", v);
}
