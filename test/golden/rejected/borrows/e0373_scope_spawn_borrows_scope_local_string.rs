use std::thread;
fn main() {
    let words = vec!["a", "b"];
    thread::scope(|s| {
        let joined = words.join("-");
        s.spawn(|| println!("{}", joined));
        let count = words.len();
        s.spawn(move || println!("{}", count));
    });
}
