fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    let first: Vec<&i32> = it.by_ref().take(1).collect();
    let rest = it.next();
    println!("{:?} {:?}", first, rest);
}
