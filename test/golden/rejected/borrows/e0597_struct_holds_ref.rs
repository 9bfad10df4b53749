struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let e;
    {
        let text = String::from("Call me. Later.");
        e = Excerpt { part: &text[..4] };
    }
    println!("{}", e.part);
}
