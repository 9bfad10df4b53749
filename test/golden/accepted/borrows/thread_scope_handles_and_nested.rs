use std::thread;

fn main() {
    let mut totals = vec![0; 3];
    let data = vec![1, 2, 3];
    thread::scope(|s| {
        let handles: Vec<_> = (0..3).map(|i| s.spawn(move || i * 2)).collect();
        for h in handles {
            println!("{}", h.join().unwrap());
        }
        s.spawn(|| {
            thread::scope(|inner| {
                inner.spawn(|| println!("{:?}", data));
                inner.spawn(|| println!("{}", data.len()));
            });
        });
        let (first, rest) = totals.split_at_mut(1);
        s.spawn(|| first[0] += 1);
        s.spawn(|| rest[0] += 2);
    });
    totals.push(data.len());
    println!("{:?}", totals);
}
