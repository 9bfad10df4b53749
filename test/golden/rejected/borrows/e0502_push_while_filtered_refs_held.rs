fn main() {
    let mut data = vec![1, 2, 3];
    let evens: Vec<&i32> = data.iter().filter(|x| **x % 2 == 0).collect();
    data.push(4);
    println!("{:?}", evens);
}
