use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("a"));
    let r: &String = &a;
    let b = Rc::clone(&a);
    println!("{} {}", r, b);
}
