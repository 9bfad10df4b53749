use std::thread;

fn main() {
    let mut seen = Vec::new();
    thread::scope(|s| {
        for _ in 0..3 {
            s.spawn(|| seen.push(1));
        }
    });
    println!("{:?}", seen);
}
