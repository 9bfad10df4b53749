use std::thread;

fn main() {
    let h = thread::spawn(|| {
        let mut total = 0;
        total += 1;
        total
    });
    println!("{}", h.join().unwrap());
}
