fn main() {
    let doubled: Vec<i32> = [1, 2, 3].iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
}
