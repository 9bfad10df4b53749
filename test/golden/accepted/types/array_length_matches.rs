fn main() {
    let days: [u8; 4] = [1, 2, 3, 4];
    println!("{:?}", days);
}
