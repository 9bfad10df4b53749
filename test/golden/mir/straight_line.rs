// Owners dropped in reverse order of declaration at the end of main.
fn main() {
    let first = String::from("first");
    let numbers = vec![1, 2, 3];
    let boxed = Box::new(7u64);
    println!("{} {} {}", first, numbers.len(), boxed);
}
