// Locking a mutex the thread already holds deadlocks the real program.
use std::sync::Mutex;

fn main() {
    let m = Mutex::new(vec![1]);
    let first = m.lock().unwrap();
    let second = m.lock().unwrap();
    println!("{} {}", first.len(), second.len());
}
