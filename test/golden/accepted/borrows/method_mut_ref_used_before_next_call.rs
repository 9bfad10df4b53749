struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn first(&mut self) -> &mut String {
        &mut self.items[0]
    }
    fn add(&mut self, s: &str) {
        self.items.push(s.to_string());
    }
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("a")] };
    let f = inv.first();
    f.push('!');
    inv.add("b");
    println!("{:?}", inv.items);
}
