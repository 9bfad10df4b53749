// Threads run one at a time, each to completion when spawned: a spawned thread that has to wait
// for a lock its spawner still holds cannot run.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let m = Arc::new(Mutex::new(0));
    let guard = m.lock().unwrap();
    let m2 = Arc::clone(&m);
    let h = thread::spawn(move || {
        *m2.lock().unwrap() += 1;
    });
    drop(guard);
    h.join().unwrap();
    println!("{}", *m.lock().unwrap());
}
