use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2]);
    let n = cell.borrow().len();
    cell.borrow_mut().push(n as i32);
    println!("after statement-scoped borrow: {:?}", cell.borrow());
    match cell.borrow().len() {
        3 => {
            println!("three items; pushing inside the match");
            cell.borrow_mut().push(4);
        }
        _ => println!("other"),
    }
    println!("not reached");
}
