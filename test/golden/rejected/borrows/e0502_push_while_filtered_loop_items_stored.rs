fn main() {
    let mut nums = vec![3, 8, 1, 9];
    let mut big = Vec::new();
    for n in nums.iter().filter(|n| **n > 2) {
        big.push(n);
    }
    nums.push(10);
    println!("{:?}", big);
}
