fn main() {
    let mut v = vec![0usize; 3];
    v[0] = v.len();
    println!("{:?}", v);
}
