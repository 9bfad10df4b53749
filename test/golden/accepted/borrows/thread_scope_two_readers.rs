use std::thread;

fn main() {
    let v = vec![1];
    thread::scope(|s| {
        s.spawn(|| println!("{:?}", v));
        s.spawn(|| println!("{}", v.len()));
    });
}
