// Elapsed time differs on every run.
use std::time::Instant;

fn main() {
    let start = Instant::now();
    println!("{:?}", start.elapsed());
}
