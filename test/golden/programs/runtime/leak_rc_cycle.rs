use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

static LIVE: AtomicUsize = AtomicUsize::new(0);

struct Node {
    name: &'static str,
    next: RefCell<Option<Rc<Node>>>,
}

impl Node {
    fn new(name: &'static str) -> Rc<Node> {
        LIVE.fetch_add(1, Ordering::SeqCst);
        Rc::new(Node { name, next: RefCell::new(None) })
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
        println!("drop {}", self.name);
    }
}

fn main() {
    {
        let a = Node::new("a");
        let b = Node::new("b");
        *a.next.borrow_mut() = Some(Rc::clone(&b));
        println!("a strong={} b strong={}", Rc::strong_count(&a), Rc::strong_count(&b));
        *b.next.borrow_mut() = Some(Rc::clone(&a));
        println!("a strong={} b strong={}", Rc::strong_count(&a), Rc::strong_count(&b));
        println!("a.next = {}", a.next.borrow().as_ref().map(|n| n.name).unwrap_or("-"));
    }
    {
        let c = Node::new("c");
        let d = Node::new("d");
        *c.next.borrow_mut() = Some(Rc::clone(&d));
        println!("c -> d without a cycle");
    }
    println!("live nodes at end: {}", LIVE.load(Ordering::SeqCst));
}
