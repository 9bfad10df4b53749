fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    std::mem::swap(&mut v[0], &mut v[1]);
    println!("{:?}", v);
}
