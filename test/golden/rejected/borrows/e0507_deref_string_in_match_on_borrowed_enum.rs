#[derive(Debug)]
enum Token { Word(String), Num(i64) }
fn main() {
    let toks = vec![Token::Word(String::from("a")), Token::Num(1)];
    for t in &toks {
        match t {
            Token::Word(w) => {
                let owned: String = *w;
                println!("{}", owned);
            }
            Token::Num(n) => println!("{}", n),
        }
    }
}
