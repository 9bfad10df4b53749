use std::sync::{Arc, Mutex};

fn main() {
    let shared = Arc::new(Mutex::new(vec![1]));
    shared.lock().unwrap().push(2);
    println!("{:?}", shared.lock().unwrap());
}
