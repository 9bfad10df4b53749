use std::thread;
fn main() {
    let data = vec![1, 2, 3, 4, 5, 6];
    thread::scope(|s| {
        for chunk in data.chunks(2) {
            s.spawn(|| println!("{:?}", chunk));
        }
    });
}
