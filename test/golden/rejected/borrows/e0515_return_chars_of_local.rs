fn letters(n: u32) -> std::str::Chars<'static> {
    let s = n.to_string();
    s.chars()
}

fn main() {
    println!("{}", letters(42).count());
}
