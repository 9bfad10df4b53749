fn main() {
    let mut name = String::from("a");
    let view = name.as_str();
    println!("{}", view);
    name = String::from("b");
    println!("{}", name);
}
