fn main() {
    let mut v = vec![1, 2];
    let top = v.iter().peekable().peek().copied().copied();
    v.push(3);
    println!("{:?} {:?}", top, v);
}
