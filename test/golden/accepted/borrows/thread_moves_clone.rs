use std::thread;

fn spawn_print(s: &String) -> thread::JoinHandle<()> {
    let owned = s.clone();
    thread::spawn(move || println!("{}", owned))
}

fn main() {
    spawn_print(&String::from("a")).join().unwrap();
}
