use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..4 {
        let c = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..100 {
                let mut g = c.lock().unwrap();
                *g += 1;
            }
        }));
    }
    println!("strong while threads may run: at least 1 = {}", Arc::strong_count(&counter) >= 1);
    for h in handles {
        h.join().unwrap();
    }
    println!("strong after join = {}", Arc::strong_count(&counter));
    println!("result = {}", *counter.lock().unwrap());

    let log = Arc::new(Mutex::new(Vec::new()));
    let hs: Vec<_> = (0..3)
        .map(|i| {
            let log = Arc::clone(&log);
            thread::spawn(move || log.lock().unwrap().push(i * i))
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    let mut v = log.lock().unwrap().clone();
    v.sort();
    println!("log = {:?}", v);
    let inner = Arc::try_unwrap(log).unwrap().into_inner().unwrap();
    println!("into_inner len = {}", inner.len());
}
