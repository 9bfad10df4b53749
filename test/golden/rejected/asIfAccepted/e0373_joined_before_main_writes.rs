use std::thread;
fn main() {
    let mut count = 0;
    let h = thread::spawn(|| { count += 1; });
    h.join().unwrap();
    count += 10;
    println!("{count}");
}
