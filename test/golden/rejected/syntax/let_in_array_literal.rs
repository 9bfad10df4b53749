fn main() {
    let sizes = [let small = 1, 2, 3];
    println!("{:?}", sizes);
}
