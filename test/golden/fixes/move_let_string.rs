// A `let` moves a String that is printed afterwards: clone it, or borrow it in the `let`.
fn main() {
    let greeting = String::from("hello");
    let copy = greeting;
    println!("{} {}", copy, greeting);
}
