// A closure that borrows owns nothing: only the borrowed variable is dropped.
fn main() {
    let items = vec![1, 2, 3];
    let sum = || items.iter().sum::<i32>();
    println!("{}", sum());
}
