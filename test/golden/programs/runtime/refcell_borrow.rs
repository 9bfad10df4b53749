use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two shared borrows: {:?} {:?}", *r1, r2.len());
        println!("try_borrow_mut while shared: is_err={}", cell.try_borrow_mut().is_err());
        println!("try_borrow while shared: is_ok={}", cell.try_borrow().is_ok());
    }
    {
        let mut w = cell.borrow_mut();
        w.push(4);
        println!("try_borrow while mutably borrowed: is_err={}", cell.try_borrow().is_err());
        println!("try_borrow_mut while mutably borrowed: is_err={}", cell.try_borrow_mut().is_err());
    }
    println!("after guard dropped: {:?}", cell.borrow());
    let guard = cell.borrow_mut();
    drop(guard);
    cell.borrow_mut().push(5);
    println!("len = {}", cell.borrow().len());
    println!("{:?}", cell);
    let r = cell.borrow();
    println!("debug while shared: {:?}", cell);
    drop(r);
    let w = cell.borrow_mut();
    println!("debug while mutably borrowed: {:?}", cell);
    drop(w);
}
