fn main() {
    let nums = vec![3, 8, 1, 9];
    let mut limit = 2;
    let mut big = Vec::new();
    for n in nums.iter().filter(|n| **n > limit) {
        big.push(n);
    }
    limit += 5;
    println!("{:?} {}", big, limit);
}
