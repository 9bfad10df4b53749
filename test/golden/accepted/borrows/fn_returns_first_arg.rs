fn pick<'a>(a: &'a str, _b: &str) -> &'a str {
    a
}

fn main() {
    println!("{}", pick("x", "y"));
}
