use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Data {
    value: i32,
}

impl Drop for Data {
    fn drop(&mut self) {
        println!("drop Data({})", self.value);
    }
}

fn main() {
    let strong = Rc::new(Data { value: 7 });
    let weak: Weak<Data> = Rc::downgrade(&strong);
    println!("strong={} weak={}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    println!("Weak::strong_count={} Weak::weak_count={}", weak.strong_count(), weak.weak_count());
    match weak.upgrade() {
        Some(rc) => println!("upgraded: {:?} strong={}", rc, Rc::strong_count(&rc)),
        None => println!("gone"),
    }
    println!("after upgrade scope: strong={}", Rc::strong_count(&strong));
    let weak2 = weak.clone();
    println!("weak count with two weaks: {}", Rc::weak_count(&strong));
    drop(strong);
    println!("after drop: Weak::strong_count={} Weak::weak_count={}", weak.strong_count(), weak2.weak_count());
    println!("upgrade is_none: {}", weak.upgrade().is_none());
}
