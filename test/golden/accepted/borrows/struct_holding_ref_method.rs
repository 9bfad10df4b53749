struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn next_word(&mut self) -> &'a str {
        let rest = &self.input[self.pos..];
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos += (end + 1).min(rest.len());
        &rest[..end]
    }
}

fn main() {
    let text = String::from("a bc");
    let mut p = Parser { input: &text, pos: 0 };
    let a = p.next_word();
    let b = p.next_word();
    println!("{} {}", a, b);
}
