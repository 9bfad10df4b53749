fn main() {
    let days: [u8; 3] = [1, 2, 3, 4];
    println!("{:?}", days);
}
