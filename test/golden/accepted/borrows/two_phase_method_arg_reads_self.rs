struct Counter {
    n: usize,
}

impl Counter {
    fn add(&mut self, k: usize) {
        self.n += k;
    }
    fn get(&self) -> usize {
        self.n
    }
}

fn main() {
    let mut c = Counter { n: 1 };
    c.add(c.get());
    println!("{}", c.n);
}
