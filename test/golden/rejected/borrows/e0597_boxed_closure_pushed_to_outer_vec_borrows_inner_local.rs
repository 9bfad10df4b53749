fn main() {
    let mut handlers: Vec<Box<dyn Fn() -> String>> = Vec::new();
    {
        let name = String::from("x");
        handlers.push(Box::new(|| name.clone()));
    }
    println!("{}", handlers.len());
}
