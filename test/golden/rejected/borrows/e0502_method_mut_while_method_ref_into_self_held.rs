struct Cache { items: Vec<String> }

impl Cache {
    fn first(&self) -> &String {
        &self.items[0]
    }
    fn add(&mut self, s: &str) {
        self.items.push(s.to_string());
    }
}

fn main() {
    let mut c = Cache { items: vec![String::from("a")] };
    let f = c.first();
    c.add("b");
    println!("{}", f);
}
