use std::thread;

fn main() {
    let mut out = String::new();
    let input = String::from("abc");
    thread::scope(|s| {
        s.spawn(|| out.push_str(&input));
        s.spawn(|| println!("{}", input.len()));
    });
    println!("{}", out);
}
