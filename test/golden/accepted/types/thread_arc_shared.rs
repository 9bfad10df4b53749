use std::sync::Arc;
use std::thread;

fn main() {
    let data = Arc::new(5);
    let d = Arc::clone(&data);
    let h = thread::spawn(move || {
        println!("{}", d);
    });
    h.join().unwrap();
    println!("{}", data);
}
