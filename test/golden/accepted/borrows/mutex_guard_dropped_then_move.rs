use std::sync::Mutex;

fn main() {
    let m = Mutex::new(1);
    {
        let g = m.lock().unwrap();
        println!("{}", *g);
    }
    let moved = m;
    println!("{:?}", moved.into_inner());
}
