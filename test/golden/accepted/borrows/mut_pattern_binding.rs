fn main() {
    let (mut a, b) = (1, 2);
    a = b;
    println!("{}", a);
}
