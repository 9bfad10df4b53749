struct Parser<'a> { text: &'a str, pos: usize }
impl<'a> Parser<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.text[self.pos..];
        let end = rest.find(' ').unwrap_or(rest.len());
        if end == 0 { return None; }
        self.pos += end + 1;
        Some(&rest[..end])
    }
}
fn main() {
    let p;
    {
        let line = String::from("one two");
        p = Parser { text: &line, pos: 0 };
    }
    println!("{}", p.pos);
}
