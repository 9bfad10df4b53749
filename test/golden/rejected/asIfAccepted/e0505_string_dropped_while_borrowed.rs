fn main() {
    let greeting = String::from("hello");
    let view = &greeting;
    drop(greeting);
    println!("{view}");
}
