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
    println!("{}", st.contains(String::from("x")));
}
