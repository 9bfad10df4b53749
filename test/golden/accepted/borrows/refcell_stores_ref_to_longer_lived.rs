use std::cell::RefCell;
use std::sync::Mutex;

struct Node<'a> {
    parent: RefCell<Option<&'a Node<'a>>>,
}

fn main() {
    let parent = Node { parent: RefCell::new(None) };
    let child = Node { parent: RefCell::new(None) };
    *child.parent.borrow_mut() = Some(&parent);
    let names = RefCell::new(Vec::new());
    {
        let label = String::from("inner");
        names.borrow_mut().push(label.len());
        *names.borrow_mut() = vec![label.len()];
    }
    let shared = String::from("s");
    let slot: Mutex<Option<&String>> = Mutex::new(None);
    *slot.lock().unwrap() = Some(&shared);
    println!("{} {:?} {}", child.parent.borrow().is_some(), names.borrow(), slot.lock().unwrap().is_some());
}
