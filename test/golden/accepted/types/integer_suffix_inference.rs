fn main() {
    let a = 5;
    let b: u64 = 7;
    let c = a + b;
    println!("{}", c);
}
