use std::sync::mpsc;

fn main() {
    let (sender, receiver) = mpsc::channel();
    drop(sender);
    drop(receiver);
}
