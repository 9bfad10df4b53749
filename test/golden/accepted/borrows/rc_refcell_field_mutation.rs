use std::cell::RefCell;
use std::rc::Rc;

struct Cfg {
    n: u32,
}

fn main() {
    let c = Rc::new(RefCell::new(Cfg { n: 1 }));
    c.borrow_mut().n = 2;
    println!("{}", c.borrow().n);
}
