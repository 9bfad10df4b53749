struct Counter {
    n: u32,
}

impl Counter {
    fn inc(&mut self) {
        self.n += 1;
    }
}

fn tick(c: &Counter) {
    c.inc();
}

fn main() {
    let mut c = Counter { n: 0 };
    tick(&c);
}
