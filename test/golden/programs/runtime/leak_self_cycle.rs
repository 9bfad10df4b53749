use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

static LIVE: AtomicUsize = AtomicUsize::new(0);

struct Loop {
    id: u32,
    me: RefCell<Vec<Rc<Loop>>>,
}

impl Drop for Loop {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
        println!("drop loop {}", self.id);
    }
}

fn make(id: u32, cyclic: bool) -> Rc<Loop> {
    LIVE.fetch_add(1, Ordering::SeqCst);
    let l = Rc::new(Loop { id, me: RefCell::new(Vec::new()) });
    if cyclic {
        l.me.borrow_mut().push(Rc::clone(&l));
    }
    l
}

fn main() {
    let a = make(1, true);
    let b = make(2, false);
    println!("a strong={} b strong={}", Rc::strong_count(&a), Rc::strong_count(&b));
    drop(a);
    drop(b);
    println!("live = {}", LIVE.load(Ordering::SeqCst));
}
