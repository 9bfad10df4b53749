use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for id in 0..4u64 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let sum: u64 = (1..=id * 10).sum();
            tx.send((id, sum)).unwrap();
        }));
    }
    drop(tx);
    for h in handles {
        h.join().unwrap();
    }
    let mut results: Vec<(u64, u64)> = rx.iter().collect();
    results.sort();
    println!("{:?}", results);
    println!("after all senders are gone: {:?}", rx.recv());
    println!("try_recv: {:?}", rx.try_recv());

    let (tx, rx) = mpsc::sync_channel(2);
    let h = thread::spawn(move || {
        tx.send(10).unwrap();
        tx.send(20).unwrap();
        println!("full: {:?}", tx.try_send(30).is_err());
    });
    h.join().unwrap();
    let got: Vec<i32> = rx.try_iter().collect();
    println!("{:?}", got);
}
