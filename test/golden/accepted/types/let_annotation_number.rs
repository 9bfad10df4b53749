fn main() {
    let count: u32 = 3;
    println!("{}", count);
}
