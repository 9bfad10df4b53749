fn main() {
    let a = vec![1, 2];
    let mut b = vec![3, 4];
    let pairs = a.iter().zip(b.iter());
    b.push(5);
    println!("{}", pairs.count());
}
