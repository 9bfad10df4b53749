struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Node { val: 1, next: None };
    let a = &mut head;
    let b = &mut head.val;
    a.val = 2;
    *b = 3;
}
