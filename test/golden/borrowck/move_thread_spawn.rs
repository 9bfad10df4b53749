// `thread::spawn(move || ...)` takes the vector into the new thread.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let h = thread::spawn(move || {
        println!("{:?}", v);
    });
    h.join().unwrap();
    println!("{}", v.len());
}
