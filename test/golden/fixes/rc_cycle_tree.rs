// A child that holds its parent strongly while the parent holds the child: the pair leaks.
use std::cell::RefCell;
use std::rc::Rc;

struct Folder {
    name: &'static str,
    entries: RefCell<Vec<Rc<Folder>>>,
    up: RefCell<Option<Rc<Folder>>>,
}

impl Drop for Folder {
    fn drop(&mut self) {
        println!("removing {}", self.name);
    }
}

fn main() {
    let home = Rc::new(Folder { name: "home", entries: RefCell::new(Vec::new()), up: RefCell::new(None) });
    let docs = Rc::new(Folder { name: "docs", entries: RefCell::new(Vec::new()), up: RefCell::new(None) });
    home.entries.borrow_mut().push(Rc::clone(&docs));
    *docs.up.borrow_mut() = Some(Rc::clone(&home));
    println!("{} has {} entry", home.name, home.entries.borrow().len());
}
