use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let data = Arc::new(Mutex::new(vec![1, 2, 3]));
    let d = Arc::clone(&data);
    let r = thread::spawn(move || {
        let mut g = d.lock().unwrap();
        g.push(4);
        panic!("failed while holding the lock");
    })
    .join();
    println!("thread failed: {}", r.is_err());
    println!("poisoned: {}", data.is_poisoned());
    match data.lock() {
        Ok(g) => println!("ok {:?}", *g),
        Err(e) => {
            println!("lock error: {:?}", e);
            let g = e.into_inner();
            println!("data anyway: {:?}", *g);
        }
    }
    let g = data.lock().unwrap_or_else(|e| e.into_inner());
    println!("len = {}", g.len());
    drop(g);
    data.clear_poison();
    println!("poisoned after clear: {}", data.is_poisoned());
    let v = data.lock().unwrap();
    println!("{:?}", v);
}
