struct View<'a> {
    text: &'a str,
}

fn make<'a>() -> View<'a> {
    let s = String::from("x");
    View { text: &s }
}

fn main() {
    println!("{}", make().text);
}
