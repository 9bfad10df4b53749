fn main() {
    let mut v = vec![3, 1, 2];
    v.sort();
    let sorted: Vec<i32> = v.iter().copied().collect();
    println!("{:?}", sorted);
}
