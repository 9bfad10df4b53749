fn main() {
    let mut v = vec![1, 2, 3];
    let running = v.iter().rev().scan(0, |acc, x| {
        *acc += x;
        Some(*acc)
    });
    v.push(4);
    println!("{}", running.count());
}
