fn main() {
    let (only,) = (10, 20);
    println!("{only}");
}
