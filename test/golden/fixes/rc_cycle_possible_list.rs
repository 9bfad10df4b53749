// A list node that can point at any other node, itself included, through an Rc in a RefCell.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Link {
    label: &'static str,
    next: RefCell<Option<Rc<Link>>>,
}

fn main() {
    let first = Rc::new(Link { label: "first", next: RefCell::new(None) });
    let second = Rc::new(Link { label: "second", next: RefCell::new(Some(Rc::clone(&first))) });
    let seen: Weak<Link> = Rc::downgrade(&second);
    println!("{} {} {}", first.label, second.label, seen.upgrade().is_some());
}
