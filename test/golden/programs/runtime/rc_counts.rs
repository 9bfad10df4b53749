use std::rc::Rc;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Rc::new(Noisy("shared"));
    println!("after new: strong={} weak={}", Rc::strong_count(&a), Rc::weak_count(&a));
    let b = a.clone();
    println!("after clone: strong={}", Rc::strong_count(&a));
    {
        let c = Rc::clone(&a);
        println!("inner: strong={} name={}", Rc::strong_count(&c), c.0);
    }
    println!("after inner scope: strong={}", Rc::strong_count(&a));
    drop(b);
    println!("after drop(b): strong={}", Rc::strong_count(&a));
    println!("end of main");
}
