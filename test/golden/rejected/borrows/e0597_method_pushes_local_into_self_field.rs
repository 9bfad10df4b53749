struct Notes<'a> {
    lines: Vec<&'a str>,
}

impl<'a> Notes<'a> {
    fn add_number(&mut self, n: i32) {
        let text = n.to_string();
        self.lines.push(&text);
    }
}

fn main() {
    let mut notes = Notes { lines: Vec::new() };
    notes.add_number(1);
    println!("{}", notes.lines.len());
}
