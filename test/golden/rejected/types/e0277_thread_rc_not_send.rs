use std::rc::Rc;
use std::thread;

fn main() {
    let data = Rc::new(5);
    let h = thread::spawn(move || {
        println!("{}", data);
    });
    h.join().unwrap();
}
