fn main() {
    let mut values = vec![4, 9, 16];
    let min = 5;
    let picked: Vec<&i32> = values.iter().filter(|v| **v > min).take(2).collect();
    values.push(25);
    println!("{:?}", picked);
}
