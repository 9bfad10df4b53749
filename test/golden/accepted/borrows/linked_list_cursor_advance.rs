struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    let mut cur = &mut head;
    while let Some(ref mut next) = cur.next {
        next.val *= 10;
        cur = next;
    }
    cur.val += 1;
    println!("{}", head.val);
}
