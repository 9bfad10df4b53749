fn main() {
    let mut s = String::from("a");
    let r = &s;
    s.push_str("b");
    let r2 = &mut s;
    println!("{} {}", r, r2);
}
