struct Token {
    text: String,
}

impl Drop for Token {
    fn drop(&mut self) {}
}

fn text(t: Token) -> String {
    t.text.clone()
}

fn main() {
    println!("{}", text(Token { text: String::from("a") }));
}
