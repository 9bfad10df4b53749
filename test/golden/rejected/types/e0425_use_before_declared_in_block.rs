fn main() {
    println!("{}", later);
    let later = 1;
    println!("{}", later);
}
