fn main() {
    let mut data = vec![3, 4, 5];
    let doubled = data.iter().map(|x| x * 2).collect::<Vec<i32>>();
    data.push(6);
    println!("{:?} {:?}", doubled, data);
}
