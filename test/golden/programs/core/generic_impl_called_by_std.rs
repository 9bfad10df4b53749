// Methods of generic impls that std calls for the program (`Display::fmt` from `println!`,
// `Drop::drop` at a scope's end, `Deref::deref` for `*`, `Clone::clone` from a derived clone): the
// instance is the impl's parameters as the receiver's type has them, the type the checker gave
// the value where it was built. `mem::take` of a generic struct builds its `Default` from that type.
use std::fmt;
use std::mem::size_of;
use std::ops::Deref;

trait Named {
    fn name() -> &'static str;
}
#[derive(Clone, Default)]
struct Cat;
impl Named for Cat {
    fn name() -> &'static str {
        "cat"
    }
}
impl Named for u64 {
    fn name() -> &'static str {
        "u64"
    }
}

struct Tag<T: Named>(T);
impl<T: Named> fmt::Display for Tag<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{} in {} B>", T::name(), size_of::<T>())
    }
}
impl<T: Named> Drop for Tag<T> {
    fn drop(&mut self) {
        let label = T::name();
        println!("drop {}", label);
    }
}

struct Shelf<T> {
    items: Vec<T>,
}
impl<T> Deref for Shelf<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        println!("deref a shelf of {} B items", size_of::<T>());
        &self.items
    }
}

struct Boxed<T> {
    inner: T,
}
impl<T: Clone + Named> Clone for Boxed<T> {
    fn clone(&self) -> Self {
        println!("clone a boxed {}", T::name());
        Boxed { inner: self.inner.clone() }
    }
}
#[derive(Clone)]
struct Pair<T: Clone + Named> {
    left: Boxed<T>,
}

fn main() {
    let cat = Tag(Cat);
    let big = Tag(7u64);
    println!("{} {}", cat, big);
    let shelf = Shelf { items: vec![1u16, 2, 3] };
    let first = &*shelf;
    println!("{:?} {}", first, first.len());
    let p = Pair { left: Boxed { inner: Cat } };
    let q = p.clone();
    println!("{}", size_of::<Pair<Cat>>() + q.left.inner.clone().name_len());
    {
        let _scoped = Tag(1u64);
    }
    let t: Tag<Cat> = Tag(Default::default());
    println!("{}", t);
    let mut stock = Stock { count: 5u16, lots: vec![1, 2] };
    let taken = std::mem::take(&mut stock);
    println!("{:?} {:?}", stock, taken);
}

#[derive(Default, Debug)]
struct Stock<T> {
    count: T,
    lots: Vec<T>,
}

trait NameLen {
    fn name_len(&self) -> usize;
}
impl NameLen for Cat {
    fn name_len(&self) -> usize {
        Cat::name().len()
    }
}
