fn greet(name: &str) {
    println!("hi {}", name);
}

fn main() {
    greet("ana", "bo");
}
