fn main() {
    let v = vec![1, 2, 3];
    let mut log = Vec::new();
    let n = v.iter().scan(0, |acc, x| {
        log.push(*x);
        *acc += x;
        Some(*acc)
    }).count();
    log.push(n as i32);
    println!("{:?}", log);
}
