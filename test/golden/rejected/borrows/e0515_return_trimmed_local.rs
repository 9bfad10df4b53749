fn clean(input: &str) -> &str {
    let lower = input.to_lowercase();
    lower.trim()
}

fn main() {
    println!("{}", clean(" A "));
}
