use std::thread;

fn main() {
    let mut level = 3;
    thread::scope(|s| {
        s.spawn(|| println!("{}", level));
        level = 4;
    });
    println!("{}", level);
}
