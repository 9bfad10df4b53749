// Subtracting past zero on usize panics in a debug build.
fn last_index(v: &[i32]) -> usize {
    v.len() - 1
}
fn main() {
    println!("{}", last_index(&[1, 2, 3]));
    println!("{}", last_index(&[]));
}
