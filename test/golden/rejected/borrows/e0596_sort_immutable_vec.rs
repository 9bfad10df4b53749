fn main() {
    let v = vec![3, 1];
    v.sort();
    println!("{:?}", v);
}
