fn main() {
    let b = Box::new(5);
    let r = *b;
    let c = b;
    println!("{} {}", r, c);
}
