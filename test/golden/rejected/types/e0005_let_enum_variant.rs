enum Token {
    Num(i64),
    Plus,
}

fn main() {
    let t = Token::Num(2);
    let Token::Num(n) = t;
    println!("{}", n);
}
