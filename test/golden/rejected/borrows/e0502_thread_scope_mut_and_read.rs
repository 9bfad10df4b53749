use std::thread;

fn main() {
    let mut n = 0;
    thread::scope(|s| {
        s.spawn(|| n += 1);
        println!("{}", n);
    });
}
