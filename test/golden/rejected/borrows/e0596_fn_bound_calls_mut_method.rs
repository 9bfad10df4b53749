struct Counter { hits: u32 }

impl Counter {
    fn bump(&mut self) {
        self.hits += 1;
    }
}

fn each_item<F: Fn(&i32)>(items: &[i32], f: F) {
    for x in items {
        f(x);
    }
}

fn main() {
    let mut counter = Counter { hits: 0 };
    each_item(&[1, 2, 3], |_| counter.bump());
    println!("{}", counter.hits);
}
