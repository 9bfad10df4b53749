fn main() {
    let mut a = String::from("a");
    let mut b = String::from("b");
    std::mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
}
