struct Counter {
    hits: u32,
}

impl Counter {
    unsafe fn bump(&mut self) -> u32 {
        self.hits += 1;
        self.hits
    }
}

fn main() {
    let mut c = Counter { hits: 0 };
    let n = c.bump();
    println!("{n}");
}
