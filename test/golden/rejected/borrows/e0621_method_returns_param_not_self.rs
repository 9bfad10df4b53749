struct Cache {
    last: String,
}

impl Cache {
    fn choose<'a>(&'a self, other: &str) -> &'a str {
        if self.last.is_empty() { other } else { &self.last }
    }
}

fn main() {
    let c = Cache { last: String::new() };
    println!("{}", c.choose("x"));
}
