fn main() {
    let mut v = vec![1, 2, 3, 4];
    let tail = &v[2..];
    println!("{:?}", tail);
    v.truncate(1);
    println!("{:?}", v);
}
