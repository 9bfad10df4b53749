struct Bag {
    items: Vec<String>,
}

impl Bag {
    fn names(&self) -> Vec<String> {
        self.items.into_iter().collect()
    }
}

fn main() {
    let b = Bag { items: vec![] };
    println!("{:?}", b.names());
}
