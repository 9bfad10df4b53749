fn main() {
    let mut v = vec![1];
    let mut push = |n| v.push(n);
    let mut clear = || v.clear();
    push(2);
    clear();
}
