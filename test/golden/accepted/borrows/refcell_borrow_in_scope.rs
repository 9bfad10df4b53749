use std::cell::RefCell;

fn main() {
    let c = RefCell::new(1);
    let v;
    {
        let r = c.borrow();
        v = *r;
    }
    println!("{}", v);
}
