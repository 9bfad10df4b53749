use std::thread;

fn main() {
    let mut results = Vec::new();
    let h = thread::spawn(|| {
        results.push(1);
    });
    h.join().unwrap();
}
