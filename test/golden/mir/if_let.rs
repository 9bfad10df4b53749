// `if let` on a reference binds by reference: nothing is moved.
fn main() {
    let maybe = Some(String::from("here"));
    if let Some(s) = &maybe {
        println!("{}", s);
    }
    let other = String::from("other");
    println!("{}", other);
}
