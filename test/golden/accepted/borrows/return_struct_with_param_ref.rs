struct View<'a> {
    text: &'a str,
}

fn make(s: &str) -> View<'_> {
    View { text: s }
}

fn main() {
    let s = String::from("x");
    println!("{}", make(&s).text);
}
