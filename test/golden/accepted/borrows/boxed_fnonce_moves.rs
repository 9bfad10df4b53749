fn main() {
    let message = String::from("bye");
    let leave: Box<dyn FnOnce() -> usize> = Box::new(move || {
        let m = message;
        m.len()
    });
    println!("{}", leave());
}
