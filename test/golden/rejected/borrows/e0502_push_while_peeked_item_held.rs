fn main() {
    let mut v = vec![1, 2];
    let mut it = v.iter().peekable();
    let top = it.peek().copied();
    v.push(3);
    println!("{:?}", top);
}
