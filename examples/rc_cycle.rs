// Two `Rc` nodes that point at each other never reach a strong count of zero, so neither is
// freed: a leak that the program never notices. The Memory Inspector shows the two heap blocks
// with an arrow each way, still allocated at the end. Holding the back link as `Weak` fixes it.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: &'static str,
    next: RefCell<Option<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let a = Rc::new(Node { name: "a", next: RefCell::new(None) });
    let b = Rc::new(Node { name: "b", next: RefCell::new(Some(Rc::clone(&a))) });
    println!("a: strong = {}", Rc::strong_count(&a));
    *a.next.borrow_mut() = Some(Rc::clone(&b)); // closes the cycle a -> b -> a
    println!("a: strong = {}, b: strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));
    println!("end of main: no \"drop\" line follows, both nodes leak");
}
