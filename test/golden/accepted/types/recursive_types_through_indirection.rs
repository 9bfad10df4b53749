use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct List {
    value: i32,
    next: Option<Box<List>>,
}

struct Node {
    value: i32,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

enum Tree {
    Leaf(u8),
    Branch(Vec<Tree>),
}

fn main() {
    let l = List { value: 1, next: Some(Box::new(List { value: 2, next: None })) };
    let n = Node { value: 3, next: None, prev: None };
    let t = Tree::Branch(vec![Tree::Leaf(4)]);
    if let Tree::Branch(kids) = &t {
        println!("{} {} {} {}", l.value, l.next.is_some(), n.value, kids.len());
    }
}
