fn shout(s: String) -> &'static str {
    &s
}

fn main() {
    println!("{}", shout(String::from("a")));
}
