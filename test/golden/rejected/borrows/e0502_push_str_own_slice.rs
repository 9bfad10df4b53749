fn main() {
    let mut s = String::from("abc");
    let t = &s[..1];
    s.push_str(t);
}
