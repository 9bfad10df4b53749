fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (left, right) = v.split_at_mut(2);
    left[0] = right[0];
    v.push(5);
    right[1] = 0;
}
