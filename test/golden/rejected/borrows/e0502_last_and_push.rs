fn main() {
    let mut stack = vec![String::from("a")];
    let top = stack.last().unwrap();
    stack.push(String::from("b"));
    println!("{}", top);
}
