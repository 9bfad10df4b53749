// Types that refer to themselves through a pointer: each pointer is a fixed-size word (or two),
// so the type has a finite size. Option around Rc, Weak and Box uses the pointer's niche.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct DoublyLinked {
    value: i32,
    next: Option<Rc<RefCell<DoublyLinked>>>,
    prev: Option<Weak<RefCell<DoublyLinked>>>,
}

struct TreeNode {
    label: u8,
    children: RefCell<Vec<Rc<TreeNode>>>,
    parent: RefCell<Weak<TreeNode>>,
}

enum ConsList {
    Cons(u64, Box<ConsList>),
    Nil,
}

struct BoxedChain {
    tag: u16,
    next: Option<Box<BoxedChain>>,
}

type SharedCell = Rc<RefCell<DoublyLinked>>;
