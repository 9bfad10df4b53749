use std::cell::Cell;

fn each<F: Fn(i32)>(f: F) {
    f(1);
}

fn main() {
    let sum = Cell::new(0);
    each(|n| sum.set(sum.get() + n));
    println!("{}", sum.get());
}
