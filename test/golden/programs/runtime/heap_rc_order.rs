// Allocation order around Rc: make_mut on a shared Rc allocates the new block before cloning
// into it; Rc<str>::from(String) frees the String after copying it; a node whose own field holds
// the last Weak to it is freed after all its fields. max_by_key drops each item it passes over.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    me: RefCell<Weak<Node>>,
    tags: Vec<String>,
}

fn main() {
    let mut a = Rc::new(String::from("shared"));
    let b = Rc::clone(&a);
    Rc::make_mut(&mut a).push_str(" and changed");
    println!("{} / {}", a, b);
    let s: Rc<str> = Rc::from(String::from("from a String"));
    let v: Rc<[u32]> = Rc::from(vec![1, 2, 3]);
    println!("{} {:?}", s, v);
    let n = Rc::new(Node { name: String::from("n"), me: RefCell::new(Weak::new()), tags: vec![String::from("t1")] });
    *n.me.borrow_mut() = Rc::downgrade(&n);
    println!("{} {} {}", n.name, n.tags.len(), Rc::weak_count(&n));
    drop(n);
    let copies: Vec<Rc<String>> = std::iter::repeat(Rc::clone(&b)).take(3).collect();
    let longest = ["ab", "abcd", "abc"].iter().map(|w| w.repeat(3)).max_by_key(|s| s.len());
    println!("{} {:?}", copies.len(), longest);
}
