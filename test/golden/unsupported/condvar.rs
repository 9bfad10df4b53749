// Condition variables make a thread wait for another one.
use std::sync::{Condvar, Mutex};

fn main() {
    let pair = (Mutex::new(false), Condvar::new());
    *pair.0.lock().unwrap() = true;
    pair.1.notify_one();
}
