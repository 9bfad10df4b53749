use std::thread;
fn main() {
    let mut level = 1;
    let h = thread::spawn(|| { level = 5; });
    println!("level is {level}");
    h.join().unwrap();
}
