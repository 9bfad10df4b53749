fn main() {
    let mut v = vec![1, 2, 3];
    let mut it = v.iter_mut();
    let head: Vec<&mut i32> = it.by_ref().take(1).collect();
    let next = it.next();
    println!("{:?} {:?}", head, next);
}
