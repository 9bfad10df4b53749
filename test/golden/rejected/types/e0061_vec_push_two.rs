fn main() {
    let mut v = Vec::new();
    v.push(1, 2);
    println!("{:?}", v);
}
