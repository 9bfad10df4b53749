use std::thread;
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    thread::scope(|s| {
        for i in 0..names.len() {
            s.spawn(|| println!("{}", names[i]));
        }
    });
}
