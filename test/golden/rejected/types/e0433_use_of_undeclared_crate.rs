fn main() {
    let r = rand::random::<u8>();
    println!("{}", r);
}
