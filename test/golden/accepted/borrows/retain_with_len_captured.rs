fn main() {
    let mut v = vec![1, 2, 3];
    let n = v.len() as i32;
    v.retain(|x| *x < n);
    println!("{:?}", v);
}
