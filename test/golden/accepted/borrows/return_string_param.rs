fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    println!("{}", shout(String::from("a")));
}
