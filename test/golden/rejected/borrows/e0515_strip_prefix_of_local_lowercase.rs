fn without_hash(tag: &str) -> &str {
    let lower = tag.to_lowercase();
    lower.strip_prefix('#').unwrap_or("")
}

fn main() {
    println!("{}", without_hash("#Rust"));
}
