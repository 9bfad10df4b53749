// Arguments are dropped when the function returns, after its locals.
fn take(a: String, b: Vec<i32>) -> usize {
    let c = String::from("local");
    a.len() + b.len() + c.len()
}
fn main() {
    println!("{}", take(String::from("a"), vec![1]));
}
