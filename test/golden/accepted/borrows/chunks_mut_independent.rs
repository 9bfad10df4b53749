fn main() {
    let mut v = vec![1, 2, 3, 4];
    for chunk in v.chunks_mut(2) {
        chunk[0] += chunk[1];
    }
    println!("{:?}", v);
}
