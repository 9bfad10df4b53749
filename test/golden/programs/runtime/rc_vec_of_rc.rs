use std::rc::Rc;

struct Item(u8);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop Item({})", self.0);
    }
}

fn main() {
    let one = Rc::new(Item(1));
    let two = Rc::new(Item(2));
    let mut v = vec![Rc::clone(&one), Rc::clone(&two), Rc::clone(&one)];
    println!("one={} two={}", Rc::strong_count(&one), Rc::strong_count(&two));
    v.retain(|r| r.0 != 1);
    println!("after retain: len={} one={} two={}", v.len(), Rc::strong_count(&one), Rc::strong_count(&two));
    drop(two);
    println!("dropped local two, v[0] = {}", v[0].0);
    v.clear();
    println!("after clear");
    v.push(one);
    println!("moved one into v: strong={}", Rc::strong_count(&v[0]));
    println!("end");
}
