use std::thread;
fn main() {
    let mut hits = 0;
    let a = thread::spawn(|| { hits += 1; });
    let b = thread::spawn(|| { hits += 1; });
    a.join().unwrap();
    b.join().unwrap();
    println!("{hits}");
}
