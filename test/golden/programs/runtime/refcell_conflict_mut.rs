use std::cell::RefCell;

struct Guarded(&'static str);

impl Drop for Guarded {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn update(cell: &RefCell<Vec<i32>>) {
    let _g = Guarded("update local");
    let mut w = cell.borrow_mut();
    w.push(1);
}

fn main() {
    let _outer = Guarded("main local");
    let cell = RefCell::new(vec![0]);
    let reader = cell.borrow();
    println!("reading {:?}", *reader);
    update(&cell);
    println!("unreachable");
}
