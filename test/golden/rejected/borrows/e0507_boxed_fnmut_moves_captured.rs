fn main() {
    let message = String::from("tick");
    let mut tick: Box<dyn FnMut() -> usize> = Box::new(move || {
        let m = message;
        m.len()
    });
    println!("{}", tick());
}
