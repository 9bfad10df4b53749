struct Name {
    first: String,
    last: String,
}

impl Name {
    fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
}

fn main() {
    let n = Name { first: String::from("a"), last: String::from("b") };
    println!("{}", n.full());
}
