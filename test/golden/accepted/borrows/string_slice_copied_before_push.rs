fn main() {
    let mut s = String::from("hello");
    let head = s[0..2].to_string();
    s.push_str(" world");
    println!("{} {}", head, s);
}
