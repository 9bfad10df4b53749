use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let tally = Arc::new(Mutex::new(0));
    let local = Rc::new(5);
    let mine = Arc::clone(&tally);
    let worker = thread::spawn(move || {
        let own = Rc::new(1);
        *mine.lock().unwrap() += *own;
    });
    worker.join().unwrap();
    let shadowing = thread::spawn(move || {
        let local = 7;
        local + 1
    });
    println!("{} {} {}", tally.lock().unwrap(), local, shadowing.join().unwrap());
}
