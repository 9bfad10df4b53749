fn pick<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > 1 { a } else { b }
}

fn main() {
    println!("{}", pick("ab", "c"));
}
