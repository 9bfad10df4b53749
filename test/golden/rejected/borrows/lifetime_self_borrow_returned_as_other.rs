struct Label(String);

impl Label {
    fn text<'a, 'b>(&'b self, _fallback: &'a str) -> &'a str {
        &self.0[..]
    }
}

fn main() {
    let l = Label(String::from("tag"));
    println!("{}", l.text("none"));
}
