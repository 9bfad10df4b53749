struct Token(String);

impl Token {
    fn into_inner(self) -> String {
        self.0
    }
}

fn main() {
    let t = Token(String::from("a"));
    let n = t.0.len();
    let s = t.into_inner();
    println!("{} {}", n, s);
}
