use std::rc::Rc;
use std::sync::Mutex;
use std::thread;

fn main() {
    let tally = Rc::new(Mutex::new(0));
    let mine = Rc::clone(&tally);
    let worker = thread::spawn(move || {
        *mine.lock().unwrap() += 1;
    });
    worker.join().unwrap();
    println!("{}", tally.lock().unwrap());
}
