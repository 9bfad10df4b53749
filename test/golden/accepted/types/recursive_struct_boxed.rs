struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let n = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    println!("{}", n.value + n.next.map(|b| b.value).unwrap_or(0));
}
