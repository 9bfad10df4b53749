// Assignment to an existing variable moves the right-hand side.
fn main() {
    let s = String::from("s");
    let mut t = String::new();
    println!("{}", t);
    t = s;
    println!("{} {}", t, s);
}
