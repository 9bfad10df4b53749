use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut hs = Vec::new();
    for _ in 0..3 {
        let c = Arc::clone(&counter);
        hs.push(thread::spawn(move || *c.lock().unwrap() += 1));
    }
    for h in hs {
        h.join().unwrap();
    }
    println!("{}", *counter.lock().unwrap());
}
