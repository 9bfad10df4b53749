fn main() {
    let mut data = vec![7, 2, 9];
    let copies: Vec<i32> = data.iter().copied().filter(|n| *n > 3).collect();
    data.push(1);
    println!("{:?} {:?}", copies, data);
}
