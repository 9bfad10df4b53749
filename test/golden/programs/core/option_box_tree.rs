// A singly linked list with Option<Box<Node>>: push, pop, reverse, iterate; take() moves out.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}
struct List {
    head: Option<Box<Node>>,
    len: usize,
}
impl List {
    fn new() -> Self {
        List { head: None, len: 0 }
    }
    fn push(&mut self, val: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.val
        })
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
    fn to_vec(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.val);
            cur = &node.next;
        }
        out
    }
}
fn main() {
    let mut list = List::new();
    for i in 1..=4 {
        list.push(i);
    }
    println!("{:?} len {}", list.to_vec(), list.len);
    list.reverse();
    println!("{:?}", list.to_vec());
    println!("{:?} {:?}", list.pop(), list.pop());
    println!("{:?} len {}", list.to_vec(), list.len);
    println!("{:?}", list.head);
}
