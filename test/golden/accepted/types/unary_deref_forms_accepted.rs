use std::ops::{Deref, Neg, Not};
use std::rc::Rc;

struct Meters(f64);

impl Neg for Meters {
    type Output = Meters;
    fn neg(self) -> Meters {
        Meters(-self.0)
    }
}

struct Mask(u8);

impl Not for Mask {
    type Output = Mask;
    fn not(self) -> Mask {
        Mask(!self.0)
    }
}

struct Wrapper {
    inner: String,
}

impl Deref for Wrapper {
    type Target = String;
    fn deref(&self) -> &String {
        &self.inner
    }
}

fn main() {
    let a = -&5i32;
    let b = !&true;
    let c = -Meters(2.5);
    let d = !Mask(0b1010);
    let e = !7u32;
    let f = -2.5f32;
    let boxed = Box::new(3);
    let g = *boxed + 1;
    let shared = Rc::new(4u64);
    let h = *shared * 2;
    let w = Wrapper { inner: String::from("hi") };
    let i = (*w).len();
    println!("{a} {b} {} {} {e} {f} {g} {h} {i}", c.0, d.0);
}
