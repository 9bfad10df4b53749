#[derive(Debug)]
enum Token { Word(String), Num(i64) }

fn main() {
    let mut tokens = vec![Token::Word(String::from("x")), Token::Num(3)];
    if let Some(Token::Word(w)) = tokens.first() {
        tokens.clear();
        println!("{}", w);
    }
}
