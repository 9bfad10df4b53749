use std::cell::RefCell;

fn main() {
    let c = RefCell::new(String::from("a"));
    let s = c.borrow().clone();
    c.borrow_mut().push('b');
    println!("{} {}", s, c.borrow());
}
