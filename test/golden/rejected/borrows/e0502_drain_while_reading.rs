fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    let drained: Vec<i32> = v.drain(..).collect();
    println!("{} {:?}", first, drained);
}
