struct Greeter {
    greet: Box<dyn Fn() -> String>,
}

fn make() -> Greeter {
    let name = String::from("Ada");
    Greeter { greet: Box::new(|| format!("hi {}", name)) }
}

fn main() {
    println!("{}", (make().greet)());
}
