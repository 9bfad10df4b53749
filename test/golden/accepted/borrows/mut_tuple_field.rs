fn main() {
    let mut pair = (1, 2);
    pair.0 = 5;
    println!("{:?}", pair);
}
