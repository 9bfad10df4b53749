// A small RPN calculator: enum tokens, a stack, match, and error reporting through Result.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Op(char),
}
fn tokenize(s: &str) -> Result<Vec<Token>, String> {
    s.split_whitespace()
        .map(|t| match t {
            "+" | "-" | "*" | "/" => Ok(Token::Op(t.chars().next().unwrap())),
            _ => t.parse::<f64>().map(Token::Num).map_err(|_| format!("bad token {:?}", t)),
        })
        .collect()
}
fn eval(tokens: &[Token]) -> Result<f64, String> {
    let mut stack: Vec<f64> = Vec::new();
    for t in tokens {
        match t {
            Token::Num(n) => stack.push(*n),
            Token::Op(op) => {
                let b = stack.pop().ok_or("stack underflow")?;
                let a = stack.pop().ok_or("stack underflow")?;
                stack.push(match op {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    '/' => a / b,
                    _ => unreachable!(),
                });
            }
        }
    }
    if stack.len() == 1 { Ok(stack[0]) } else { Err(format!("{} values left", stack.len())) }
}
fn main() {
    for expr in ["3 4 + 2 *", "1 2 3", "5 1 2 + 4 * + 3 -", "2 x +", "1 +", "7 2 /"] {
        let result = tokenize(expr).and_then(|t| eval(&t));
        match result {
            Ok(v) => println!("{:<20} = {}", expr, v),
            Err(e) => println!("{:<20} ! {}", expr, e),
        }
    }
}
