use std::thread;

fn main() {
    thread::scope(|s| {
        let mut count = 1;
        s.spawn(|| count += 1);
    });
}
