struct Hooks {
    all: Vec<Box<dyn Fn() -> i32>>,
}

impl Hooks {
    fn register(&mut self, n: i32) {
        self.all.push(Box::new(move || n * 2));
    }
}

fn main() {
    let mut h = Hooks { all: Vec::new() };
    h.register(3);
    println!("{}", (h.all[0])());
}
