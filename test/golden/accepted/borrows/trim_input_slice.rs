fn clean(input: &str) -> &str {
    input.trim()
}

fn main() {
    println!("{}", clean(" A "));
}
