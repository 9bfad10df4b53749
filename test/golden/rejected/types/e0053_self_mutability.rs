trait Reset {
    fn reset(&mut self);
}

struct Counter(u32);

impl Reset for Counter {
    fn reset(&self) {}
}

fn main() {
    let mut c = Counter(1);
    c.reset();
}
