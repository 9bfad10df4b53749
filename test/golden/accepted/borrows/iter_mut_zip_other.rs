fn main() {
    let mut a = vec![1, 2];
    let b = vec![10, 20];
    for (x, y) in a.iter_mut().zip(b.iter()) {
        *x += y;
    }
    println!("{:?}", a);
}
