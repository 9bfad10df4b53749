fn main() {
    let v = vec![1, 2, 3];
    let mut log = Vec::new();
    let it = v.iter().scan(0, |acc, x| {
        log.push(*x);
        *acc += x;
        Some(*acc)
    });
    log.push(0);
    println!("{}", it.count());
}
