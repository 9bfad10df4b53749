use std::rc::Rc;

fn main() {
    let mut a = Rc::new(String::from("one"));
    Rc::make_mut(&mut a).push_str(" (unique)");
    println!("a={} strong={}", a, Rc::strong_count(&a));

    let b = Rc::clone(&a);
    Rc::make_mut(&mut a).push_str(" + edit");
    println!("a={} b={}", a, b);
    println!("ptr_eq={} strong a={} b={}", Rc::ptr_eq(&a, &b), Rc::strong_count(&a), Rc::strong_count(&b));

    let w = Rc::downgrade(&b);
    let mut b = b;
    Rc::make_mut(&mut b).push_str(" + detached");
    println!("b={} weak upgrade: {:?}", b, w.upgrade());
    println!("b strong={} weak={}", Rc::strong_count(&b), Rc::weak_count(&b));
}
