// Two rooms that lead to each other through the same strong field: neither is ever freed.
use std::cell::RefCell;
use std::rc::Rc;

struct Room {
    name: String,
    exit: RefCell<Option<Rc<Room>>>,
}

impl Drop for Room {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

fn main() {
    let hall = Rc::new(Room { name: String::from("hall"), exit: RefCell::new(None) });
    let attic = Rc::new(Room { name: String::from("attic"), exit: RefCell::new(Some(Rc::clone(&hall))) });
    *hall.exit.borrow_mut() = Some(Rc::clone(&attic));
    println!("hall {} attic {}", Rc::strong_count(&hall), Rc::strong_count(&attic));
}
