// Fields read through an `Rc` (never moved out of it), a whole move after a field was borrowed,
// and ranges: `a..b` is an iterator that moves, `..b` is `Copy`.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
}

fn main() {
    let leaf = Rc::new(Node { value: 3, parent: RefCell::new(Weak::new()) });
    println!("{:?}", leaf.parent.borrow().upgrade());
    drop(leaf);
    let branch = Rc::new(Node { value: 5, parent: RefCell::new(Weak::new()) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
    println!("{}", leaf.value);
    let mut seq = 0..3;
    let taken = seq;
    println!("{:?}", seq.next());
    let upto = ..3;
    let copied = upto;
    println!("{:?} {:?} {:?}", upto, copied, taken);
}
