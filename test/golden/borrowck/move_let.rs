// A `String` moved into another binding, then borrowed by `println!` and by a method call.
fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{}", s);
    println!("{}", s.len());
    println!("{}", t);
}
