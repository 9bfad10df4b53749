use std::sync::mpsc;
use std::thread;

struct Msg(u32);

impl Drop for Msg {
    fn drop(&mut self) {
        println!("drop Msg({})", self.0);
    }
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let producer = thread::spawn(move || {
        for word in ["hi", "from", "the", "thread"] {
            tx.send(word.to_string()).unwrap();
        }
    });
    for received in rx {
        println!("Got: {}", received);
    }
    producer.join().unwrap();

    let (tx, rx) = mpsc::channel();
    tx.send(Msg(1)).unwrap();
    tx.send(Msg(2)).unwrap();
    let first = rx.recv().unwrap();
    println!("received Msg({})", first.0);
    drop(rx);
    println!("receiver dropped");
    let e = tx.send(Msg(3)).unwrap_err();
    println!("send failed: {} (message {})", e, e.0 .0);
    drop(e);
    println!("end");
}
