fn main() {
    let later = 1;
    println!("{}", later);
}
