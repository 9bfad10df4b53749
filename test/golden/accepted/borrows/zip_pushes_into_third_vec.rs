fn main() {
    let a = vec![1, 2];
    let b = vec![10, 20];
    let mut sums = Vec::new();
    for (x, y) in a.iter().zip(b.iter()) {
        sums.push(x + y);
    }
    println!("{:?}", sums);
}
