fn main() {
    let a = vec![1, 2];
    let mut b = vec![3, 4];
    let n = a.iter().zip(b.iter()).filter(|(x, y)| x < y).count();
    b.push(n as i32);
    println!("{:?}", b);
}
