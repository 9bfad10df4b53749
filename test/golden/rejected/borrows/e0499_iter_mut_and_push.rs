fn main() {
    let mut v = vec![1, 2];
    for x in v.iter_mut() {
        v.push(*x);
    }
}
