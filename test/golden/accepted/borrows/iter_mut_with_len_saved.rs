fn main() {
    let mut v = vec![1, 2, 3];
    let n = v.len() as i32;
    for x in v.iter_mut() {
        *x += n;
    }
    println!("{:?}", v);
}
