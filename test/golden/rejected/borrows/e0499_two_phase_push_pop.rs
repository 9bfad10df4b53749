fn main() {
    let mut v = vec![1, 2];
    v.push(v.pop().unwrap());
    println!("{:?}", v);
}
