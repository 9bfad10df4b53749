use std::thread;

fn main() {
    let mut totals = vec![1, 2, 3];
    thread::scope(|s| {
        for t in totals.iter_mut() {
            s.spawn(move || *t *= 10);
        }
    });
    println!("{:?}", totals);
}
