struct Token(String);

impl Token {
    fn into_inner(self) -> String {
        self.0
    }
}

fn main() {
    let t = Token(String::from("a"));
    let r = &t.0;
    let s = t.into_inner();
    println!("{} {}", r, s);
}
