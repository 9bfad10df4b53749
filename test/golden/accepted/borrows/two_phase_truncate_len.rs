fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.truncate(v.len() / 2);
    println!("{:?}", v);
}
