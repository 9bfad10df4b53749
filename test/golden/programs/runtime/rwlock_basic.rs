use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let lock = RwLock::new(5);
    {
        let r1 = lock.read().unwrap();
        let r2 = lock.read().unwrap();
        println!("two readers: {} {}", *r1, *r2);
        println!("try_write while read: is_err={}", lock.try_write().is_err());
    }
    {
        let mut w = lock.write().unwrap();
        *w += 1;
        println!("try_read while written: is_err={}", lock.try_read().is_err());
    }
    println!("value = {}", *lock.read().unwrap());

    let shared = Arc::new(RwLock::new(vec![1, 2, 3]));
    let writer = {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            shared.write().unwrap().push(4);
        })
    };
    writer.join().unwrap();
    let readers: Vec<_> = (0..3)
        .map(|i| {
            let shared = Arc::clone(&shared);
            thread::spawn(move || shared.read().unwrap()[i])
        })
        .collect();
    let got: Vec<i32> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    println!("read {:?}, now {:?}", got, shared.read().unwrap());
}
