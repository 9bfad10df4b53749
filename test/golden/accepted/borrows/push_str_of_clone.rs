fn main() {
    let mut s = String::from("ab");
    let t = s.clone();
    s.push_str(&t);
    println!("{}", s);
}
