fn main() {
    let mut data = vec![1, 2, 3];
    let fallback = 0;
    let zeros: Vec<&i32> = data.iter().map(|_| &fallback).collect();
    data.push(4);
    println!("{:?} {:?}", zeros, data);
}
