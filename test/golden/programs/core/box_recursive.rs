// Box for recursive types: a linked list and a binary tree, dropped recursively.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}
use List::{Cons, Nil};
impl List {
    fn sum(&self) -> i32 {
        match self {
            Cons(v, rest) => v + rest.sum(),
            Nil => 0,
        }
    }
}
#[derive(Debug)]
struct Node {
    value: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}
impl Node {
    fn leaf(value: i32) -> Self {
        Node { value, left: None, right: None }
    }
    fn insert(&mut self, v: i32) {
        let slot = if v < self.value { &mut self.left } else { &mut self.right };
        match slot {
            Some(n) => n.insert(v),
            None => *slot = Some(Box::new(Node::leaf(v))),
        }
    }
    fn in_order(&self, out: &mut Vec<i32>) {
        if let Some(l) = &self.left {
            l.in_order(out);
        }
        out.push(self.value);
        if let Some(r) = &self.right {
            r.in_order(out);
        }
    }
}
impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.value);
    }
}
fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?} sum {}", list, list.sum());
    let mut root = Node::leaf(5);
    for v in [3, 8, 1, 4] {
        root.insert(v);
    }
    let mut out = Vec::new();
    root.in_order(&mut out);
    println!("{:?}", out);
    let b = Box::new(41);
    let c = *b + 1;
    println!("{} {}", b, c);
    println!("end of main");
}
