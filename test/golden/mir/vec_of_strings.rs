// Building a vector moves each string into it.
fn main() {
    let mut v = Vec::new();
    let a = String::from("a");
    let b = String::from("b");
    v.push(a);
    v.push(b);
    println!("{}", v.len());
}
