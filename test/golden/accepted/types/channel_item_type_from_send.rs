use std::sync::mpsc;
use std::thread;

fn main() {
    let (sender, receiver) = mpsc::channel();
    let worker = thread::spawn(move || {
        sender.send(21u32).unwrap();
    });
    worker.join().unwrap();
    println!("{}", receiver.recv().unwrap() * 2);
}
