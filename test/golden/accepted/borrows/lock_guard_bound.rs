use std::sync::Mutex;

fn main() {
    let m = Mutex::new(vec![1]);
    let guard = m.lock().unwrap();
    let first = &guard[0];
    println!("{}", first);
}
