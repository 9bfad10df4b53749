fn main() {
    let greeting = String::from("hi");
    greeting = String::from("hello");
    println!("{}", greeting);
}
