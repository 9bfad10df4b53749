use std::cell::RefCell;

struct Guarded(&'static str);

impl Drop for Guarded {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn read(cell: &RefCell<String>) -> usize {
    let _g = Guarded("read local");
    cell.borrow().len()
}

fn main() {
    let _first = Guarded("first");
    let cell = RefCell::new(String::from("text"));
    println!("len before = {}", read(&cell));
    let mut w = cell.borrow_mut();
    w.push('!');
    let _second = Guarded("second");
    println!("len during = {}", read(&cell));
}
