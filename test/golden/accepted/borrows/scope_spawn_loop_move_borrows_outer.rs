use std::thread;
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    thread::scope(|s| {
        for i in 0..names.len() {
            let names = &names;
            s.spawn(move || println!("{}", names[i]));
        }
        for name in &names {
            s.spawn(move || println!("{}", name));
        }
        s.spawn(|| println!("{}", names.len()));
    });
}
