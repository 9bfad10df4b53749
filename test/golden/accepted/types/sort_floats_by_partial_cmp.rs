fn main() {
    let mut v = vec![2.5, 1.0];
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", v);
}
