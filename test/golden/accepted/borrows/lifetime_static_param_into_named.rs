fn or_default<'a>(a: &'a str, fallback: &'static str) -> &'a str {
    if a.is_empty() { fallback } else { a }
}

fn main() {
    let s = String::new();
    println!("{}", or_default(&s, "none"));
}
