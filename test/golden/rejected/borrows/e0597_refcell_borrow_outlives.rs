use std::cell::RefCell;

fn main() {
    let r;
    {
        let c = RefCell::new(1);
        r = c.borrow();
    }
    println!("{}", *r);
}
