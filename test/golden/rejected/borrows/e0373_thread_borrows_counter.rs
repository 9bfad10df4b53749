use std::thread;

fn main() {
    let mut total = 0;
    let h = thread::spawn(|| {
        total += 1;
    });
    h.join().unwrap();
}
