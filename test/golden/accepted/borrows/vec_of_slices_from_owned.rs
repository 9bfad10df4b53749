fn main() {
    let data = vec![1, 2, 3, 4];
    let mut slices: Vec<&[i32]> = Vec::new();
    slices.push(&data[..2]);
    slices.push(&data[2..]);
    println!("{:?}", slices);
}
