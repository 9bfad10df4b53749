use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("a"));
    let s: String = *shared;
    println!("{}", s);
}
