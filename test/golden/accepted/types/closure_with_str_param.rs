fn main() {
    let greet = |name: &str| format!("hi {}", name);
    println!("{}", greet("ana"));
}
