fn main() {
    let mut v = vec![1, 2, 3];
    let back: Vec<i32> = v.iter().rev().map(|x| x * 2).collect();
    v.push(4);
    println!("{:?} {:?}", back, v);
}
