struct Counter {
    n: u32,
}

impl Counter {
    fn get(&mut self) -> &mut u32 {
        &mut self.n
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    let first = c.get();
    let second = c.get();
    *first += 1;
    *second += 1;
}
