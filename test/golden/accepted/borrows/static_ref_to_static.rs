use std::thread;

static N: i32 = 5;

fn spawn_with(n: &'static i32) -> thread::JoinHandle<i32> {
    thread::spawn(move || *n)
}

fn main() {
    let h = spawn_with(&N);
    println!("{}", h.join().unwrap());
}
