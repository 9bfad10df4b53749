static GREETING: &str = "hello";

fn keep(s: &'static str) -> usize {
    s.len()
}

fn measure(s: &str) -> usize {
    s.len()
}

fn main() {
    let owned = String::from("abc");
    let literal: &'static str = "xyz";
    let n = keep("a") + keep(literal) + keep(GREETING) + measure(&owned);
    println!("{}", n);
}
