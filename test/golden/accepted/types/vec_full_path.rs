fn main() {
    let v: Vec<i32> = std::vec::Vec::new();
    println!("{:?}", v);
}
