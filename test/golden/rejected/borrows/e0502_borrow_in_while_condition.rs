fn main() {
    let mut queue = vec![1, 2, 3];
    let front = &queue[0];
    while queue.len() > 1 {
        queue.pop();
        println!("{}", front);
    }
}
