use std::thread;
fn main() {
    let mut log = Vec::new();
    thread::scope(|s| {
        s.spawn(|| log.push(1));
    });
    let total = 10;
    let handle = thread::spawn(move || total + 1);
    let mut hits = 0;
    thread::scope(|s| {
        for _ in 0..3 {
            s.spawn(|| hits += 1);
        }
    });
    println!("{:?} {:?} {}", log, handle.join(), hits);
}
