fn main() {
    let pair: (i32, i32) = (1, 2, 3);
    println!("{:?}", pair);
}
