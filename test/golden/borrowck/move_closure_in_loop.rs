// A move closure created in a loop takes the same value again in the next iteration.
fn main() {
    let data = vec![1, 2, 3];
    let mut handlers = Vec::new();
    for i in 0..2 {
        handlers.push(move || data.len() + i);
    }
    println!("{}", handlers.len());
}
