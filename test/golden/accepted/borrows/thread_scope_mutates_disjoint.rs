use std::thread;

fn main() {
    let mut a = vec![1];
    let mut b = vec![2];
    thread::scope(|s| {
        s.spawn(|| a.push(3));
        s.spawn(|| b.push(4));
    });
    println!("{:?} {:?}", a, b);
}
