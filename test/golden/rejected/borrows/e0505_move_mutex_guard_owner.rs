use std::sync::Mutex;

fn main() {
    let m = Mutex::new(1);
    let g = m.lock().unwrap();
    let moved = m;
    println!("{} {:?}", *g, moved);
}
