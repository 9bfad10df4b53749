fn main() {
    let m = std::collections::HashMap::<i32, i32>::new();
    println!("{}", m.len());
}
