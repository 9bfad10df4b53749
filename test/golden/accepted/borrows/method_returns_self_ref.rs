struct Cache {
    last: String,
}

impl Cache {
    fn last(&self) -> &str {
        &self.last
    }
}

fn main() {
    let c = Cache { last: String::from("x") };
    println!("{}", c.last());
}
