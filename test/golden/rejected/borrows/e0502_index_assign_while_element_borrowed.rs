fn main() {
    let mut v = vec![1, 2, 3];
    let x = &v[1];
    v[0] = 5;
    println!("{}", x);
}
