use std::cell::Cell;

struct Counter {
    hits: Cell<u32>,
    name: &'static str,
}

impl Counter {
    fn touch(&self) {
        self.hits.set(self.hits.get() + 1);
    }
}

fn main() {
    let c = Cell::new(5);
    println!("get = {}", c.get());
    c.set(6);
    println!("after set = {}", c.get());
    let old = c.replace(10);
    println!("replace returned {}, now {}", old, c.get());
    let taken = c.take();
    println!("take returned {}, now {}", taken, c.get());
    println!("{:?}", c);

    let counter = Counter { hits: Cell::new(0), name: "page" };
    let r1 = &counter;
    let r2 = &counter;
    r1.touch();
    r2.touch();
    r1.touch();
    println!("{} hits = {}", counter.name, counter.hits.get());
    let inner = counter.hits.into_inner();
    println!("into_inner = {}", inner);

    let mut m = Cell::new(1);
    *m.get_mut() += 41;
    println!("get_mut result = {}", m.get());
}
