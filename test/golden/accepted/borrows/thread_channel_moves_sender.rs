use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let h = thread::spawn(move || tx.send(String::from("hi")).unwrap());
    println!("{}", rx.recv().unwrap());
    h.join().unwrap();
}
