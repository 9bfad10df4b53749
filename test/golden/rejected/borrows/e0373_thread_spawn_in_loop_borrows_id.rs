use std::thread;
fn main() {
    let mut handles = Vec::new();
    for id in 0..3 {
        handles.push(thread::spawn(|| println!("worker {}", id)));
    }
    for h in handles {
        h.join().unwrap();
    }
}
