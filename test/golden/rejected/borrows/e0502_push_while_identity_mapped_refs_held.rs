fn main() {
    let mut data = vec![1, 2, 3];
    let same: Vec<&i32> = data.iter().map(|x| x).collect();
    data.push(4);
    println!("{:?}", same);
}
