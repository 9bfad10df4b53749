use std::rc::Rc;

struct Big {
    name: String,
}

impl Drop for Big {
    fn drop(&mut self) {
        println!("drop Big({})", self.name);
    }
}

fn main() {
    let weak = {
        let strong = Rc::new(Big { name: String::from("payload") });
        let weak = Rc::downgrade(&strong);
        println!("inside: strong={} weak={}", Rc::strong_count(&strong), Rc::weak_count(&strong));
        weak
    };
    println!("outside: strong={} upgrade none={}", weak.strong_count(), weak.upgrade().is_none());
    let copies: Vec<_> = (0..3).map(|_| weak.clone()).collect();
    println!("weak copies: {}", copies.len());
    drop(copies);
    drop(weak);
    println!("all weak gone");
}
