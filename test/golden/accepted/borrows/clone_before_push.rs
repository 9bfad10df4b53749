fn main() {
    let mut stack = vec![String::from("a")];
    let top = stack.last().unwrap().clone();
    stack.push(String::from("b"));
    println!("{} {}", top, stack.len());
}
