fn main() {
    let a = [1, 2, 3];
    let b = [4, 5, 6];
    let dots: i32 = a.iter().zip(b.iter()).map(|(x, y)| x * y).sum();
    println!("{}", dots);
}
