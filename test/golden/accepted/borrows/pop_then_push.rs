fn main() {
    let mut v = vec![1, 2];
    let last = v.pop().unwrap();
    v.push(last * 2);
    println!("{:?}", v);
}
