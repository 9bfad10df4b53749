use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    thread::scope(|s| {
        s.spawn(|| println!("{:?}", v));
    });
    println!("{}", v.len());
}
