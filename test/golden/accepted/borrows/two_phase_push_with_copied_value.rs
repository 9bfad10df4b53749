fn main() {
    let mut v = vec![1, 2];
    v.push(v[0] + v[1]);
    println!("{:?}", v);
}
