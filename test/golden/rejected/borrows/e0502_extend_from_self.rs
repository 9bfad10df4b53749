fn main() {
    let mut v = vec![1, 2];
    v.extend(v.iter());
    println!("{:?}", v);
}
