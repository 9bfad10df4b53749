use std::thread;

fn spawn_with(n: &'static i32) -> thread::JoinHandle<i32> {
    thread::spawn(move || *n)
}

fn main() {
    let n = 5;
    let h = spawn_with(&n);
    println!("{}", h.join().unwrap());
}
