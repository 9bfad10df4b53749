// Receiving on an empty channel whose sender is alive waits for a message no thread can send.
use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let value = rx.recv();
    drop(tx);
    println!("{:?}", value);
}
