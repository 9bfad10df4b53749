use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicUsize, Ordering};

static LIVE: AtomicUsize = AtomicUsize::new(0);

struct Parent {
    child: RefCell<Option<Rc<Child>>>,
}

struct Child {
    parent: RefCell<Weak<Parent>>,
}

impl Drop for Parent {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
        println!("drop parent");
    }
}

impl Drop for Child {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
        println!("drop child");
    }
}

fn main() {
    {
        LIVE.fetch_add(2, Ordering::SeqCst);
        let p = Rc::new(Parent { child: RefCell::new(None) });
        let c = Rc::new(Child { parent: RefCell::new(Weak::new()) });
        *c.parent.borrow_mut() = Rc::downgrade(&p);
        *p.child.borrow_mut() = Some(Rc::clone(&c));
        println!("p strong={} weak={}", Rc::strong_count(&p), Rc::weak_count(&p));
        println!("c strong={} weak={}", Rc::strong_count(&c), Rc::weak_count(&c));
        println!("child sees parent: {}", c.parent.borrow().upgrade().is_some());
    }
    println!("live at end: {}", LIVE.load(Ordering::SeqCst));
}
