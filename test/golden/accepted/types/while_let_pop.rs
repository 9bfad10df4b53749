fn main() {
    let mut stack = vec![1, 2];
    while let Some(top) = stack.pop() {
        println!("{}", top);
    }
}
