use std::thread;

fn main() {
    let names = vec![String::from("ada"), String::from("bo")];
    thread::scope(|s| {
        for i in 0..3 {
            let names = &names;
            s.spawn(move || println!("{} {:?}", i, names.len()));
        }
        s.spawn(|| println!("{:?}", names));
    });
    println!("{:?}", names);
}
