fn main() {
    let s: String = "abc".into();
    println!("{}", s);
}
