// Indexing past the end of a Vec panics at run time.
fn main() {
    let v = vec![1, 2, 3];
    let i = v.len() + 2;
    println!("before");
    println!("{}", v[i]);
}
