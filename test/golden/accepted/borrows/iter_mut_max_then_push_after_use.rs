fn main() {
    let mut v = vec![3, 1, 2];
    if let Some(top) = v.iter_mut().max() {
        *top = 0;
    }
    v.push(5);
    println!("{:?}", v);
}
