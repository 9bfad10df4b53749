fn keep(s: &'static str) -> usize {
    s.len()
}

fn main() {
    println!("{}", keep("abc"));
}
