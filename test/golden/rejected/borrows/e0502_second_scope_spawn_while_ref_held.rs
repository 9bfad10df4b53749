use std::thread;

fn main() {
    let mut log = String::new();
    thread::scope(|s| {
        s.spawn(|| log.push_str("a"));
    });
    let view = &log;
    thread::scope(|s| {
        s.spawn(|| log.push_str("b"));
    });
    println!("{}", view);
}
