fn main() {
    let mut v = vec![1, 2, 3];
    let first = v.first_mut().unwrap();
    let n = v.len();
    *first = n;
}
