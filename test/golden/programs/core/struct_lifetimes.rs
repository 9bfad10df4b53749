// Structs holding references, methods returning borrowed data, a simple tokenizer.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}
impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let rest_trimmed = rest.trim_start();
        if rest_trimmed.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trimmed.len());
        let end = rest_trimmed.find(' ').map(|i| start + i).unwrap_or(self.input.len());
        self.pos = end;
        Some(&self.input[start..end])
    }
}
struct Config {
    name: String,
    values: Vec<i32>,
}
impl Config {
    fn name(&self) -> &str {
        &self.name
    }
    fn largest(&self) -> Option<&i32> {
        self.values.iter().max()
    }
    fn values_mut(&mut self) -> &mut Vec<i32> {
        &mut self.values
    }
}
fn main() {
    let text = String::from("  the quick   brown fox ");
    let mut p = Parser::new(&text);
    while let Some(w) = p.next_word() {
        println!("[{}]", w);
    }
    let mut c = Config { name: "cfg".to_string(), values: vec![3, 9, 2] };
    println!("{} {:?}", c.name(), c.largest());
    c.values_mut().push(20);
    println!("{:?} {:?}", c.values, c.largest());
    if let Some(first) = c.values.get_mut(0) {
        *first += 100;
    }
    println!("{:?}", c.values);
}
