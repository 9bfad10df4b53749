// A match arm that binds by value moves out of the scrutinee.
fn describe(o: Option<String>) -> usize {
    match o {
        Some(s) => s.len(),
        None => 0,
    }
}
fn main() {
    println!("{}", describe(Some(String::from("abc"))));
}
