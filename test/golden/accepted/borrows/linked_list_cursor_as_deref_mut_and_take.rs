struct Node { val: i32, next: Option<Box<Node>> }
fn main() {
    let mut head = Some(Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) }));
    let mut cur = head.as_deref_mut();
    while let Some(node) = cur {
        node.val *= 10;
        cur = node.next.as_deref_mut();
    }
    let mut total = 0;
    while let Some(mut n) = head {
        total += n.val;
        head = n.next.take();
    }
    println!("{}", total);
}
