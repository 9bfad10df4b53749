fn main() {
    let mut queue = vec![5, 6, 7];
    {
        let front = &queue[0];
        queue.push(8);
        drop(front);
    }
    println!("queue holds {}", queue.len());
}
