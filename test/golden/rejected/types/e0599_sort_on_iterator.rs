fn main() {
    let v = vec![3, 1, 2];
    let sorted: Vec<i32> = v.iter().sort().collect();
    println!("{:?}", sorted);
}
