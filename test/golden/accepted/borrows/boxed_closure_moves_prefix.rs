fn make(prefix: String) -> Box<dyn Fn(&str) -> String> {
    Box::new(move |s| format!("{}{}", prefix, s))
}

fn main() {
    println!("{}", make(String::from("a"))("b"));
}
