fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (left, _) = v.split_at_mut(2);
    let first = &v[0];
    left[0] = 9;
    println!("{}", first);
}
