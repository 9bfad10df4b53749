struct Inventory { names: Vec<String> }

impl Inventory {
    fn longest(&mut self) -> &mut String {
        let mut best = 0;
        for (i, n) in self.names.iter().enumerate() {
            if n.len() > self.names[best].len() { best = i; }
        }
        &mut self.names[best]
    }
}

fn main() {
    let mut inv = Inventory { names: vec![String::from("ab"), String::from("abc")] };
    let l = inv.longest();
    println!("{}", inv.names.len());
    l.push('!');
}
