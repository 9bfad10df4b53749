// Edge cases of capture precision: unique borrows through `&mut`, patterns, smart pointers,
// methods on `self`, loops over borrowed collections.
use std::rc::Rc;

fn size<T>(name: &str, value: &T) {
    println!("{name} {}", std::mem::size_of_val(value));
}

struct Inventory {
    items: Vec<String>,
    count: usize,
}

impl Inventory {
    fn counter(&mut self) -> usize {
        let mut add = || self.count += 1;
        size("add", &add);
        add();
        let names = || self.items.len();
        size("names", &names);
        names() + self.count
    }
}

struct Wrapper {
    inner: (u8, u32),
}

fn main() {
    let mut w = Wrapper { inner: (1, 2) };
    let rw = &mut w;
    let mut deep = || {
        let slot = &mut rw.inner.1;
        *slot += 1;
    };
    size("deep", &deep);
    deep();
    let rw2 = &mut w;
    let take_ref = move || rw2.inner.0;
    size("take_ref", &take_ref);
    println!("{}", take_ref());
    let t = (String::from("x"), String::from("y"), 7u64);
    let destructure = || {
        let (ref a, _, n) = t;
        a.len() as u64 + n
    };
    size("destructure", &destructure);
    println!("{}", destructure());
    let rc = Rc::new(Wrapper { inner: (3, 4) });
    let through_rc = || rc.inner.1;
    size("through_rc", &through_rc);
    println!("{}", through_rc());
    let v = vec![10, 20, 30];
    let rv = &v;
    let indexed = || rv[1];
    size("indexed", &indexed);
    println!("{}", indexed());
    let mut arr = [0u8; 4];
    let ra = &mut arr;
    let mut fill = || ra[2] = 5;
    size("fill", &fill);
    fill();
    let words = vec![String::from("a"), String::from("b")];
    let total = || {
        let mut n = 0;
        for w in &words {
            n += w.len();
        }
        n
    };
    size("total", &total);
    println!("{}", total());
    let mut inv = Inventory { items: vec![String::from("i")], count: 0 };
    println!("{}", inv.counter());
    let text = String::from("hello");
    let same = || text == String::from("hello") && text.len() > 2;
    size("same", &same);
    println!("{}", same());
    let mut counter = 0u32;
    let mut nested_mut = || {
        let mut bump = || counter += 1;
        bump();
    };
    size("nested_mut", &nested_mut);
    nested_mut();
    println!("{}", counter);
}
