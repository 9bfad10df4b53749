use std::rc::{Rc, Weak};

fn main() {
    let empty: Weak<String> = Weak::new();
    println!("upgrade: {:?}", empty.upgrade());
    println!("strong_count={} weak_count={}", empty.strong_count(), empty.weak_count());
    let other = empty.clone();
    println!("ptr_eq of two Weak::new: {}", empty.ptr_eq(&other));
    let rc = Rc::new(String::from("hello"));
    let w = Rc::downgrade(&rc);
    println!("upgrade: {:?}", w.upgrade());
    println!("ptr_eq with dangling: {}", w.ptr_eq(&empty));
    let mut slot: Weak<String> = Weak::new();
    println!("slot before: {}", slot.upgrade().is_some());
    slot = Rc::downgrade(&rc);
    println!("slot after: {:?} weak_count={}", slot.upgrade(), Rc::weak_count(&rc));
}
