struct Stack {
    items: Vec<String>,
}

impl Stack {
    fn contains(&self, s: &str) -> bool {
        self.items.iter().any(|i| i == s)
    }
}

fn main() {
    let st = Stack { items: vec![] };
    let x = String::from("x");
    println!("{}", st.contains(&x));
}
