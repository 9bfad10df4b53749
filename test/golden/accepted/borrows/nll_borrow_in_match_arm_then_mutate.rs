fn main() {
    let mut v = vec![1, 2];
    match v.first() {
        Some(x) => println!("{}", x),
        None => {}
    }
    v.clear();
    println!("{:?}", v);
}
