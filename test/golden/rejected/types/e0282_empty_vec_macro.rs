fn main() {
    let stack = vec![];
    println!("{}", stack.is_empty());
}
