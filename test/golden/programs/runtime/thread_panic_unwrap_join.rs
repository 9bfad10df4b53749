use std::thread;
fn main() {
    let h = thread::spawn(|| {
        let v = vec![1, 2, 3];
        let i = v.len() + 2;
        v[i]
    });
    let n = h.join().unwrap();
    println!("{}", n);
}
