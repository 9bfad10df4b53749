use std::thread;

fn main() {
    let v = vec![1, 2];
    let first = v[0];
    let h = thread::spawn(move || println!("{:?}", v));
    println!("{}", first);
    h.join().unwrap();
}
