fn main() {
    let mut v = vec![1, 2, 3];
    let taken: Vec<i32> = v.drain(..2).collect();
    v.push(9);
    println!("{:?} {:?}", taken, v);
}
