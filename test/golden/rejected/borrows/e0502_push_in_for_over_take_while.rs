fn main() {
    let mut queue = vec![3, 2, 1];
    for x in queue.iter().take_while(|x| **x > 1) {
        queue.push(*x - 1);
    }
    println!("{:?}", queue);
}
