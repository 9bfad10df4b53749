fn shout(text: String) -> String {
    text.to_uppercase()
}

fn main() {
    let s = shout("quiet".to_string());
    println!("{}", s);
}
