fn main() {
    let s = String::from("hello");
    let c = s.chars().next().unwrap();
    let b = s.as_bytes()[0];
    println!("{} {}", c, b);
}
