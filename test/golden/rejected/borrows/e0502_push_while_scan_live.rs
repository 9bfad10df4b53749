fn main() {
    let mut v = vec![1, 2, 3];
    let sums = v.iter().scan(0, |acc, x| {
        *acc += x;
        Some(*acc)
    });
    v.push(10);
    let all: Vec<i32> = sums.collect();
    println!("{:?}", all);
}
