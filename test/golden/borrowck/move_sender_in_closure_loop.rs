// Inside a thread's closure, a Sender moved at the top of a loop body: rustc reports the move in
// the next iteration, not the `send` after it (the same move reaches both). Sending and
// receiving only borrow; iterating a Receiver by value takes it.
use std::net::TcpListener;
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<String>();
    let tx1 = tx.clone();
    let h = thread::spawn(move || {
        let vals = vec![String::from("hi"), String::from("there")];
        for val in vals {
            let _keep = tx1;
            tx1.send(val).unwrap();
        }
    });
    tx.send(String::from("main")).unwrap();
    drop(tx);
    for got in rx {
        println!("{}", got);
    }
    println!("{:?}", rx.try_recv());
    h.join().unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    for stream in listener.incoming().take(1) {
        let _s = stream;
    }
    let moved = listener;
    println!("{:?}", listener.local_addr());
    drop(moved);
}
