use std::thread;
fn main() {
    let mut totals = vec![0; 3];
    thread::scope(|s| {
        for (i, slot) in totals.iter_mut().enumerate() {
            s.spawn(|| *slot += i);
        }
    });
    println!("{:?}", totals);
}
