use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("a"));
    let s: String = (*shared).clone();
    println!("{} {}", s, Rc::strong_count(&shared));
}
