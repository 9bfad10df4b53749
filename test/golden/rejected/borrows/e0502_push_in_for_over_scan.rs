fn main() {
    let mut v = vec![1, 2, 3];
    for total in v.iter().scan(0, |acc, x| {
        *acc += x;
        Some(*acc)
    }) {
        v.push(total);
    }
    println!("{:?}", v);
}
