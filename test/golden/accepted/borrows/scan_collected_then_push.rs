fn main() {
    let mut v = vec![1, 2, 3];
    let sums: Vec<i32> = v.iter().scan(0, |acc, x| {
        *acc += x;
        Some(*acc)
    }).collect();
    v.push(10);
    println!("{:?} {:?}", sums, v);
}
