struct Library {
    books: Vec<String>,
}

impl Library {
    fn add(&mut self, b: &str) {
        self.books.push(b.to_string());
    }
}

fn main() {
    let mut lib = Library { books: vec![String::from("a")] };
    for b in &lib.books {
        lib.add(b);
    }
}
