fn main() {
    let v: Vec<i32> = vec::Vec::new();
    println!("{:?}", v);
}
