use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1]));
    shared.borrow_mut().push(2);
    println!("{:?}", shared.borrow());
}
