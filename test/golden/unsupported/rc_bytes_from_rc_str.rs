// `Rc<[u8]>::from(Rc<str>)` turns a shared string into shared bytes, which is not modelled.
use std::rc::Rc;

fn main() {
    let name: Rc<str> = Rc::from("kiwi");
    let raw: Rc<[u8]> = Rc::from(name);
    println!("{:?}", raw);
}
