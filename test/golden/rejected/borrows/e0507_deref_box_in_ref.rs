fn main() {
    let b = Box::new(String::from("x"));
    let r = &b;
    let s = **r;
    println!("{}", s);
}
