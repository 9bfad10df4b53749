fn main() {
    let mut stack = vec![1, 2, 3];
    while let Some(&top) = stack.last() {
        stack.pop();
        if top == 2 {
            break;
        }
    }
    println!("{:?}", stack);
}
