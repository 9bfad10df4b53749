fn pick<'a>(a: &'a str, b: &str) -> &'a str {
    if a.len() > b.len() { a } else { &a[..1] }
}

fn main() {
    println!("{}", pick("abc", "de"));
}
