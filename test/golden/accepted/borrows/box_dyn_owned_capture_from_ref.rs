use std::fmt::Display;

fn boxed<'a>(s: &'a str) -> Box<dyn Fn() -> usize> {
    let n = s.len();
    Box::new(move || n)
}

fn shown<'a>(s: &'a str) -> Box<dyn Display> {
    Box::new(s.to_string())
}

fn scoped<'a>(s: &'a str) -> Box<dyn Fn() -> usize + 'a> {
    Box::new(move || s.len())
}

fn fixed<'a>(_s: &'a str) -> &'static str {
    "fixed"
}

fn main() {
    let text = String::from("abc");
    println!("{} {} {} {}", boxed(&text)(), shown(&text), scoped(&text)(), fixed(&text));
}
