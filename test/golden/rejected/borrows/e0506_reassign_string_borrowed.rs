fn main() {
    let mut name = String::from("a");
    let view = name.as_str();
    name = String::from("b");
    println!("{}", view);
}
