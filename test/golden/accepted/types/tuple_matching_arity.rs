fn main() {
    let triple: (i32, i32, i32) = (1, 2, 3);
    println!("{:?}", triple);
}
