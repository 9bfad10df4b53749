fn greet(name: &str) {
    let text = format!("hello {}", name);
    println!("{}", text);
}

fn main() {
    greet("ana");
}
