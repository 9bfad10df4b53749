fn main() {
    let mut queue = vec![3, 2, 1];
    let mut extra = Vec::new();
    for x in queue.iter().take_while(|x| **x > 1) {
        extra.push(*x - 1);
    }
    queue.extend(extra);
    println!("{:?}", queue);
}
