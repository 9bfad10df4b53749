fn main() {
    let mut s = String::from("hello");
    let head = &s[0..2];
    s.push_str(" world");
    println!("{}", head);
}
