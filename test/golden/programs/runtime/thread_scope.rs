use std::thread;

fn main() {
    let numbers: Vec<u64> = (1..=100).collect();
    let mut evens = 0;
    let mut odds = 0;
    let (left, right) = numbers.split_at(50);
    thread::scope(|s| {
        let h1 = s.spawn(|| left.iter().sum::<u64>());
        let h2 = s.spawn(|| right.iter().sum::<u64>());
        s.spawn(|| {
            evens = numbers.iter().filter(|n| *n % 2 == 0).count();
        });
        s.spawn(|| {
            odds = numbers.iter().filter(|n| *n % 2 == 1).count();
        });
        let total = h1.join().unwrap() + h2.join().unwrap();
        println!("total = {}", total);
    });
    println!("evens = {}, odds = {}", evens, odds);
    println!("numbers still owned by main: {}", numbers.len());
}
