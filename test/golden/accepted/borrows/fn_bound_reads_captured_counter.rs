struct Counter { hits: u32 }

impl Counter {
    fn hits(&self) -> u32 {
        self.hits
    }
}

fn each_item<F: Fn(&i32)>(items: &[i32], f: F) {
    for x in items {
        f(x);
    }
}

fn main() {
    let counter = Counter { hits: 4 };
    each_item(&[1, 2, 3], |x| println!("{}", counter.hits() + *x as u32));
}
