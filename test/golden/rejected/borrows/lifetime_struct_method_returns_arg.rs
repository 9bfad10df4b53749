struct Parser<'a> {
    text: &'a str,
}

impl<'a> Parser<'a> {
    fn pick<'b>(&self, other: &'b str) -> &'a str {
        if other.is_empty() { self.text } else { other }
    }
}

fn main() {
    let p = Parser { text: "abc" };
    println!("{}", p.pick("d"));
}
