fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (a, b) = v.split_at_mut(2);
    a[0] = b[1];
    b[0] = 9;
    println!("{:?}", v);
}
