fn label(n: i32) -> &'static str {
    if n > 0 { "positive" } else { "other" }
}

fn main() {
    println!("{}", label(3));
}
