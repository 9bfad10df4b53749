fn main() {
    let mut s = String::from("abc");
    for c in s.chars() {
        s.push(c);
    }
}
