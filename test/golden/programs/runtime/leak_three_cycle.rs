use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

static LIVE: AtomicUsize = AtomicUsize::new(0);

#[derive(Default)]
struct Peer {
    label: String,
    links: RefCell<Vec<Rc<Peer>>>,
}

impl Drop for Peer {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
        println!("drop {}", self.label);
    }
}

fn peer(label: &str) -> Rc<Peer> {
    LIVE.fetch_add(1, Ordering::SeqCst);
    Rc::new(Peer { label: label.to_string(), links: RefCell::new(vec![]) })
}

fn main() {
    let x = peer("x");
    let y = peer("y");
    let z = peer("z");
    let w = peer("w");
    x.links.borrow_mut().push(Rc::clone(&y));
    y.links.borrow_mut().push(Rc::clone(&z));
    z.links.borrow_mut().push(Rc::clone(&x));
    w.links.borrow_mut().push(Rc::clone(&x));
    println!("counts x={} y={} z={} w={}", Rc::strong_count(&x), Rc::strong_count(&y), Rc::strong_count(&z), Rc::strong_count(&w));
    drop(w);
    println!("live after dropping w: {}", LIVE.load(Ordering::SeqCst));
    drop(x);
    drop(y);
    drop(z);
    println!("live at end: {}", LIVE.load(Ordering::SeqCst));
}
