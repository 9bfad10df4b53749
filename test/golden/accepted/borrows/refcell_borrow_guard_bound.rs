use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1, 2]);
    let guard = c.borrow();
    let first = &guard[0];
    println!("{}", first);
}
