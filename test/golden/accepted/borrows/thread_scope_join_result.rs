use std::thread;

fn main() {
    let mut log = Vec::new();
    let data = vec![4, 5, 6];
    let sum = thread::scope(|s| {
        let h = s.spawn(|| data.iter().sum::<i32>());
        log.push("spawned");
        h.join().unwrap()
    });
    log.push("joined");
    println!("{} {:?} {:?}", sum, log, data);
}
