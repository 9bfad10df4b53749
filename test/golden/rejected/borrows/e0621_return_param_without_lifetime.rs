fn choose<'a>(a: &'a str, fallback: &str, use_a: bool) -> &'a str {
    if use_a { a } else { fallback }
}

fn main() {
    println!("{}", choose("a", "b", false));
}
