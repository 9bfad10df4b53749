struct Hooks<'a> {
    all: Vec<Box<dyn Fn() -> i32 + 'a>>,
}

impl<'a> Hooks<'a> {
    fn register(&mut self, n: &'a i32) {
        self.all.push(Box::new(move || *n * 2));
    }
}

fn main() {
    let base = 4;
    let mut h = Hooks { all: Vec::new() };
    h.register(&base);
    println!("{}", (h.all[0])());
}
