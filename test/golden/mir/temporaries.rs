// Temporaries die at the end of their statement.
fn make(n: usize) -> String {
    "x".repeat(n)
}
fn main() {
    let len = make(3).len();
    let upper = make(2).to_uppercase();
    println!("{} {}", len, upper);
}
