use std::thread;
fn main() {
    let mut seen = 0;
    thread::scope(|s| {
        s.spawn(|| { println!("seen {seen}"); });
        seen = 4;
    });
    println!("{seen}");
}
