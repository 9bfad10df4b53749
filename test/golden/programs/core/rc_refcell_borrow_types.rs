// `shared.borrow()` on an `Rc<RefCell<T>>` reaches `RefCell::borrow` through the `Rc` (the
// `Borrow` trait is not in scope), so the guard and what is read through it have their types.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1u8, 2, 3]));
    let guard = shared.borrow();
    let first = guard[0];
    drop(guard);
    let count = shared.borrow().len();
    shared.borrow_mut().push(4);
    let total: u32 = shared.borrow().iter().map(|&b| b as u32).sum();
    let cell = RefCell::new(vec![10i64, 20]);
    let sum = cell.borrow().iter().sum::<i64>();
    println!("{} {} {} {}", first, count, total, sum);
}
