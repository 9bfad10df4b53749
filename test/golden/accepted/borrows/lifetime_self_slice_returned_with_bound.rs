struct Label(String);

impl Label {
    fn text<'a, 'b: 'a>(&'b self, _fallback: &'a str) -> &'a str {
        &self.0[..]
    }

    fn own<'a, 'b>(&'b self, _fallback: &'a str) -> &'b str {
        &self.0[1..]
    }
}

fn main() {
    let l = Label(String::from("tag"));
    println!("{} {}", l.text("none"), l.own("x"));
}
