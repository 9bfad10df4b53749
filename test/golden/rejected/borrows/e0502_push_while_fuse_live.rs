fn main() {
    let mut v = vec![1, 2];
    let mut it = v.iter().fuse();
    let a = it.next();
    v.push(3);
    println!("{:?} {:?}", a, it.next());
}
