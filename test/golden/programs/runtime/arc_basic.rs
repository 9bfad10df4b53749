use std::sync::{Arc, Weak};

#[derive(Debug, Clone)]
struct Config {
    level: u32,
}

impl Drop for Config {
    fn drop(&mut self) {
        println!("drop Config(level {})", self.level);
    }
}

fn main() {
    let a = Arc::new(Config { level: 1 });
    let b = Arc::clone(&a);
    println!("strong={} weak={}", Arc::strong_count(&a), Arc::weak_count(&a));
    let w: Weak<Config> = Arc::downgrade(&a);
    println!("weak upgrade level = {:?}", w.upgrade().map(|c| c.level));
    println!("ptr_eq={}", Arc::ptr_eq(&a, &b));
    let mut c = Arc::clone(&b);
    Arc::make_mut(&mut c).level = 2;
    println!("a.level={} c.level={} strong a={}", a.level, c.level, Arc::strong_count(&a));
    println!("get_mut(c) is_some={}", Arc::get_mut(&mut c).is_some());
    drop(b);
    let r = Arc::try_unwrap(a);
    println!("try_unwrap with weak alive ok={}", r.is_ok());
    println!("weak upgrade after unwrap: {:?}", w.upgrade().is_some());
    let empty: Weak<Config> = Weak::new();
    println!("empty strong_count={}", empty.strong_count());
    println!("end");
}
