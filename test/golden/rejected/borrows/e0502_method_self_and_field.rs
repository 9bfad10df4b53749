struct Bag {
    items: Vec<i32>,
}

impl Bag {
    fn add(&mut self, n: i32) {
        self.items.push(n);
    }
}

fn main() {
    let mut bag = Bag { items: vec![1] };
    let first = &bag.items[0];
    bag.add(2);
    println!("{}", first);
}
