fn main() {
    let mut stack = vec![1, 2, 3];
    let top = stack.last();
    while let Some(x) = stack.pop() {
        println!("{} {:?}", x, top);
    }
}
