use std::thread;
fn main() {
    let total = 7;
    let h = thread::spawn(|| { println!("thread sees {total}"); });
    let next = total + 1;
    h.join().unwrap();
    println!("main sees {next}");
}
