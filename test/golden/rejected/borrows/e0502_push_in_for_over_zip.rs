fn main() {
    let mut a = vec![1, 2];
    let b = vec![10, 20];
    for (x, y) in a.iter().zip(b.iter()) {
        a.push(x + y);
    }
    println!("{:?}", a);
}
