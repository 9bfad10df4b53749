use std::thread;
fn main() {
    let data = vec![1, 2, 3, 4, 5, 6];
    let mut sums = vec![0; 3];
    thread::scope(|s| {
        for (chunk, out) in data.chunks(2).zip(sums.iter_mut()) {
            s.spawn(move || *out = chunk.iter().sum());
        }
    });
    let n = 5;
    let plus = { || n + 1 };
    let owned = {
        let m = 7;
        move || m * 2
    };
    thread::scope(|s| {
        s.spawn(|| println!("{:?} {}", data, plus()));
        s.spawn(|| println!("{}", owned()));
    });
    println!("{:?}", sums);
}
