fn main() {
    let scores = vec![10, 25, 40];
    let mut limit = 20;
    let keep: Vec<&i32> = scores.iter().skip(1).filter(|s| **s >= limit).collect();
    limit = 0;
    println!("{:?} {}", keep, limit);
}
