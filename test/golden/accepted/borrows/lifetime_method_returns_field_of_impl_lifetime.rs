struct Parser<'a> {
    text: &'a str,
}

impl<'a> Parser<'a> {
    fn pick<'b>(&self, other: &'b str) -> &'a str
    where
        'b: 'a,
    {
        if other.is_empty() { self.text } else { other }
    }

    fn text<'b>(&'b self) -> &'a str {
        self.text
    }
}

fn main() {
    let p = Parser { text: "abc" };
    println!("{} {}", p.pick("d"), p.text());
}
