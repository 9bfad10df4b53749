fn greet(name: &str) {
    format!("hello {}", name)
}

fn main() {
    greet("ana");
}
