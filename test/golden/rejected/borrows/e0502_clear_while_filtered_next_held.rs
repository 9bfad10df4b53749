fn main() {
    let mut nums = vec![3, 8, 1, 9];
    let mut odd = nums.iter().filter(|n| **n % 2 == 1);
    let first = odd.next();
    nums.clear();
    println!("{:?}", first);
}
