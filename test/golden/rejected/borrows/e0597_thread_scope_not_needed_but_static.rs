fn keep(s: &'static str) -> usize {
    s.len()
}

fn main() {
    let owned = String::from("abc");
    println!("{}", keep(&owned));
}
