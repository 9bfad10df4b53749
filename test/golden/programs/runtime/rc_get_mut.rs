use std::rc::Rc;

fn main() {
    let mut a = Rc::new(vec![1, 2, 3]);
    if let Some(v) = Rc::get_mut(&mut a) {
        v.push(4);
        println!("unique, pushed: {:?}", v);
    }
    let b = Rc::clone(&a);
    println!("get_mut while shared: {:?}", Rc::get_mut(&mut a));
    drop(b);
    let w = Rc::downgrade(&a);
    println!("get_mut with a weak: {}", Rc::get_mut(&mut a).is_some());
    drop(w);
    Rc::get_mut(&mut a).unwrap().push(5);
    println!("final: {:?} strong={}", a, Rc::strong_count(&a));
}
