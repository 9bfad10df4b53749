fn main() {
    let mut v = vec![1, 2];
    v[0] = "one";
    println!("{:?}", v);
}
