use std::thread;

fn main() {
    let results = thread::spawn(|| {
        let mut v = Vec::new();
        v.push(1);
        v
    })
    .join()
    .unwrap();
    println!("{:?}", results);
}
