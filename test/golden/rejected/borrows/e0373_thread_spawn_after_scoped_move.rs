use std::thread;
fn main() {
    let mut counts = [0u32; 4];
    thread::scope(|s| {
        for c in counts.iter_mut() {
            s.spawn(move || *c += 1);
        }
    });
    let v = vec![1, 2, 3];
    let h = thread::spawn(|| v.len());
    println!("{:?} {:?}", counts, h.join());
}
