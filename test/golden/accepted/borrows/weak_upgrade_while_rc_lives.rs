use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
}

fn main() {
    let parent = Rc::new(Node { value: 1, parent: RefCell::new(Weak::new()) });
    let child = Node { value: 2, parent: RefCell::new(Weak::new()) };
    *child.parent.borrow_mut() = Rc::downgrade(&parent);
    let up = child.parent.borrow().upgrade();
    match up {
        Some(p) => println!("{} {}", p.value, child.value),
        None => println!("gone"),
    }
}
