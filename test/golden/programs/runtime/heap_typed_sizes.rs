// Sizes that only the types can give: a buffer allocated before its first element says what it
// holds, a generic `T` behind `Rc<RefCell<T>>`, a struct's padding, a map's buckets before any entry.
use std::cell::RefCell;
use std::collections::HashMap;
use std::mem::{align_of_val, size_of_val};
use std::rc::Rc;

#[derive(Debug)]
struct Sample {
    tag: u8,
    value: u32,
    flag: u8,
}

fn share<T: std::fmt::Debug>(x: T) -> Rc<RefCell<T>> {
    Rc::new(RefCell::new(x))
}

fn main() {
    // Ten pairs of (u8, u16): 40 bytes, known only from the push below.
    let mut pairs = Vec::with_capacity(10);
    pairs.push((1u8, 2u16));
    println!("{:?} cap {}", pairs, pairs.capacity());

    // Ten structs of 8 bytes each.
    let mut samples = Vec::with_capacity(10);
    samples.push(Sample { tag: 1, value: 2, flag: 3 });
    println!("{:?}", samples);

    // An empty `Vec` of a later-known type grows to its first capacity on the first push.
    let mut later = Vec::new();
    later.push(7u64);
    println!("{:?}", later);

    let small = share(5u8);
    let text = share(String::from("hi"));
    let nested = share(vec![1u16, 2, 3]);
    println!("{:?} {:?} {:?}", small, text, nested);
    // A `None` does not show its payload: `Option<u64>` is 16 bytes, as the later use says.
    let empty = share(None);
    empty.borrow_mut().replace(9u64);
    let mut boxed = Box::new(None);
    *boxed = Some(4u64);
    println!("{:?} {:?}", empty, boxed);
    let nothing: Option<u64> = None;
    println!("none size {}", size_of_val(&nothing));

    let s = Sample { tag: 1, value: 2, flag: 3 };
    println!("size {} align {}", size_of_val(&s), align_of_val(&s));
    let t = (1u8, 2u64, 3u8);
    println!("tuple size {}", size_of_val(&t));

    // Room for five entries before the first insert: buckets of (u8, String).
    let mut m = HashMap::with_capacity(5);
    m.insert(1u8, String::from("one"));
    println!("{:?}", m);
}
