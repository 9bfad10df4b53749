fn main() {
    let s = String::from("a");
    s.push_str("b");
    println!("{}", s);
}
