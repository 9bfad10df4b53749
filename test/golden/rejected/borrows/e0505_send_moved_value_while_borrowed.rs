use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    let msg = String::from("hi");
    let view = &msg;
    tx.send(msg).unwrap();
    println!("{} {}", view, rx.recv().unwrap());
}
