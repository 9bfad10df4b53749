fn main() {
    let a = [1, 2, 3];
    let mut v = a.to_vec();
    v.push(4);
    println!("{:?}", v);
}
