struct Node {
    next: Option<Box<Node>>,
    value: i32,
}

fn main() {
    let mut head = Node { next: Some(Box::new(Node { next: None, value: 2 })), value: 1 };
    let rest = head.next.take();
    println!("{} {}", head.value, rest.map(|n| n.value).unwrap_or(0));
}
