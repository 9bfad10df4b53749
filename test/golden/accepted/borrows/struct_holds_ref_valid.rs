struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let text = String::from("Call me. Later.");
    let e = Excerpt { part: &text[..4] };
    println!("{}", e.part);
}
