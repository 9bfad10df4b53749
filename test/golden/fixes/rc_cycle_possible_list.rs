// A list node that can point at any other node, itself included, through an Rc in a RefCell.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Link {
    label: &'static str,
    next: RefCell<Option<Rc<Link>>>,
}

fn main() {
    let only = Rc::new(Link { label: "only", next: RefCell::new(None) });
    let seen: Weak<Link> = Rc::downgrade(&only);
    println!("{} {} {}", only.label, only.next.borrow().is_none(), seen.upgrade().is_some());
}
