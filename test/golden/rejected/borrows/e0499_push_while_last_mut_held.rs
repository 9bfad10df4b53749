fn main() {
    let mut stack = vec![vec![1]];
    let top = stack.last_mut().unwrap();
    stack.push(vec![2]);
    top.push(3);
}
