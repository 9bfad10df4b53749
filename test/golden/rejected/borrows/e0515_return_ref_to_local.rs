fn make() -> &'static str {
    let s = String::from("temp");
    &s
}

fn main() {
    println!("{}", make());
}
