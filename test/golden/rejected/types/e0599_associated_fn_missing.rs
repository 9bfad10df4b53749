struct Stack {
    items: Vec<i32>,
}

fn main() {
    let s = Stack::new();
    println!("{}", s.items.len());
}
