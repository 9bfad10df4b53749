use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    let msg = String::from("hi");
    tx.send(msg.clone()).unwrap();
    println!("{} {}", msg, rx.recv().unwrap());
}
