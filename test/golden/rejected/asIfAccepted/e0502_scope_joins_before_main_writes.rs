use std::thread;
fn main() {
    let mut tally = 0;
    thread::scope(|s| {
        s.spawn(|| { tally += 3; });
    });
    tally += 1;
    let mut marks = vec![1];
    let first = &marks[0];
    marks.push(2);
    drop(first);
    println!("{tally}");
}
