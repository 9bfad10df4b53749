// A closure without `move` still takes ownership of a variable it consumes.
fn main() {
    let data = vec![1, 2, 3];
    let eat = || drop(data);
    eat();
    println!("{:?}", data);
}
