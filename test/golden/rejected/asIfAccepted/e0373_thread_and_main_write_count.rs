use std::thread;
fn main() {
    let mut count = 0;
    let h = thread::spawn(|| { count += 1; });
    count += 10;
    h.join().unwrap();
    println!("{count}");
}
