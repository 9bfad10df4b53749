// A user method that takes `self` by value moves the receiver; `&self` and `&mut self` do not.
struct Counter {
    hits: Vec<u32>,
}

impl Counter {
    fn new() -> Self {
        Counter { hits: Vec::new() }
    }
    fn record(&mut self, n: u32) {
        self.hits.push(n);
    }
    fn total(&self) -> u32 {
        self.hits.iter().sum()
    }
    fn finish(self) -> Vec<u32> {
        self.hits
    }
}

fn main() {
    let mut c = Counter::new();
    c.record(3);
    println!("{}", c.total());
    let hits = c.finish();
    println!("{:?} {}", hits, c.total());
}
