use std::cell::RefCell;

struct Node<'a> {
    parent: RefCell<Option<&'a Node<'a>>>,
}

fn main() {
    let child = Node { parent: RefCell::new(None) };
    {
        let parent = Node { parent: RefCell::new(None) };
        *child.parent.borrow_mut() = Some(&parent);
    }
    println!("{}", child.parent.borrow().is_some());
}
