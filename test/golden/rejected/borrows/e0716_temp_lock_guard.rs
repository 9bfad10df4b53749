use std::sync::Mutex;

fn main() {
    let m = Mutex::new(vec![1]);
    let first: &i32;
    first = &m.lock().unwrap()[0];
    println!("{}", first);
}
