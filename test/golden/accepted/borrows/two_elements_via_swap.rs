fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    v.swap(0, 1);
    println!("{:?}", v);
}
