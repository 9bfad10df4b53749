use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1]);
    shared.push(2);
    println!("{:?}", shared);
}
