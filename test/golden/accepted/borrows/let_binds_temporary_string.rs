fn main() {
    let owned = String::from("hello");
    let s: &str = owned.as_str();
    println!("{}", s);
}
