struct Token {
    text: String,
}

impl Drop for Token {
    fn drop(&mut self) {}
}

fn text(Token { text }: Token) -> String {
    text
}

fn main() {
    println!("{}", text(Token { text: String::from("a") }));
}
