use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    log: Vec<i64>,
}

fn deposit(acc: &Rc<RefCell<Account>>, amount: i64) {
    acc.borrow_mut().log.push(amount);
}

fn main() {
    let acc = Rc::new(RefCell::new(Account { owner: String::from("ana"), log: Vec::new() }));
    let handles: Vec<Rc<RefCell<Account>>> = (0..3).map(|_| Rc::clone(&acc)).collect();
    for (i, h) in handles.iter().enumerate() {
        deposit(h, (i as i64 + 1) * 10);
    }
    println!("strong = {}", Rc::strong_count(&acc));
    let total: i64 = acc.borrow().log.iter().sum();
    println!("{} total = {}", acc.borrow().owner, total);
    {
        let mut a = acc.borrow_mut();
        a.owner.push_str(" (closed)");
        a.log.clear();
    }
    println!("{:?}", acc.borrow());
    drop(handles);
    println!("strong = {}", Rc::strong_count(&acc));
    let inner = Rc::try_unwrap(acc).unwrap().into_inner();
    println!("owner = {}", inner.owner);
}
