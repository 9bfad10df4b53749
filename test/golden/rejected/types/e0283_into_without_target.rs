fn main() {
    let s = "abc".into();
    println!("{}", 1);
}
