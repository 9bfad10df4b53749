fn main() {
    let mut a = vec![1, 2];
    let b = vec![3, 4];
    let pairs = a.iter().zip(b.iter());
    a.push(5);
    println!("{}", pairs.count());
}
