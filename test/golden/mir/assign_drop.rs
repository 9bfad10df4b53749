// Assigning over an owner drops its old value first.
fn main() {
    let mut s = String::from("old");
    s = String::from("new");
    let mut v = vec![1];
    v = Vec::new();
    println!("{} {}", s, v.len());
}
