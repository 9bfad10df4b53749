use std::rc::Rc;
use std::thread;

fn main() {
    let names = Rc::new(vec![String::from("a"), String::from("b")]);
    let handle = thread::spawn(move || {
        let inner = 3;
        println!("{} {inner}", names.len());
    });
    handle.join().unwrap();
}
