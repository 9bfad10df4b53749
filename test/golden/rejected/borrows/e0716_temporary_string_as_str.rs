fn main() {
    let s: &str;
    s = String::from("hello").as_str();
    println!("{}", s);
}
