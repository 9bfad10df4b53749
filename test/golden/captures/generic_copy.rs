// Closures in generic bodies whose captured values are of a parameter bounded by `Copy`: a copy of
// one borrows it (by reference), a `move` closure copies it in (its size is its instance's, so it
// is not printed).
use std::fmt::Debug;

fn size<T>(name: &str, value: &T) {
    println!("{name} {}", std::mem::size_of_val(value));
}

fn twice<T: Copy + Debug>(x: T) -> (T, T) {
    let get = || x;
    size("get", &get);
    let owned = move || x;
    (get(), owned())
}

trait Amount: Copy + Debug {}
impl Amount for u64 {}

fn pair<A: Amount>(a: A, b: A) -> Vec<A> {
    let both = || vec![a, b];
    size("both", &both);
    both()
}

fn main() {
    println!("{:?}", twice(7u16));
    println!("{:?}", pair(1u64, 2));
}
