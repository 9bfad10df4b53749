fn main() {
    let first = vec![1];
    let mut second = vec![2, 3];
    for x in first.iter().chain(second.iter()) {
        second.push(*x);
    }
    println!("{:?}", second);
}
