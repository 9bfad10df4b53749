fn main() {
    let mut v = vec![1, 2];
    let copy = v.clone();
    v.extend(copy.iter());
    println!("{:?}", v);
}
