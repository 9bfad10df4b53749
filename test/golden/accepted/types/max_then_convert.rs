fn main() {
    let v: Vec<u8> = vec![1, 2];
    let total: u32 = v.iter().map(|x| *x as u32 + 1).max().unwrap();
    println!("{}", total);
}
