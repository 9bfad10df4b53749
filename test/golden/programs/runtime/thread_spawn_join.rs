use std::thread;

fn main() {
    let data = vec![1, 2, 3, 4];
    let handle = thread::spawn(move || {
        let s: i32 = data.iter().sum();
        s * 10
    });
    let result = handle.join().unwrap();
    println!("thread returned {}", result);

    let mut handles = Vec::new();
    for i in 0..4u64 {
        handles.push(thread::spawn(move || (1..=i + 1).product::<u64>()));
    }
    let results: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("factorials {:?}", results);

    let name = String::from("worker");
    let h = thread::spawn(move || {
        println!("hello from {}", name);
        name.len()
    });
    let len = h.join().unwrap();
    println!("joined, name length {}", len);
}
