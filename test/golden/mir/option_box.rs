// Option<Box<T>> and Vec<Option<String>> need dropping; Option<i32> does not.
fn main() {
    let a: Option<Box<i32>> = Some(Box::new(1));
    let b: Option<i32> = Some(2);
    let c: Vec<Option<String>> = vec![None, Some(String::from("x"))];
    println!("{:?} {:?} {}", a, b, c.len());
}
