struct Bag {
    items: Vec<String>,
}

impl Bag {
    fn names(&self) -> Vec<String> {
        self.items.iter().cloned().collect()
    }
}

fn main() {
    let b = Bag { items: vec![String::from("a")] };
    println!("{:?}", b.names());
}
