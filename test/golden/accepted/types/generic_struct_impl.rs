struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
}

fn main() {
    let mut s = Stack::new();
    s.push("a");
    println!("{}", s.items.len());
}
