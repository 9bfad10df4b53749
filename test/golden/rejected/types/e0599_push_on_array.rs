fn main() {
    let mut a = [1, 2, 3];
    a.push(4);
    println!("{:?}", a);
}
