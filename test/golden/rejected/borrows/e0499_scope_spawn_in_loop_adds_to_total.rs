use std::thread;

fn main() {
    let mut total = 0;
    let nums = vec![1, 2, 3];
    thread::scope(|s| {
        for n in &nums {
            s.spawn(|| total += n);
        }
    });
    println!("{}", total);
}
