// A raw pointer compares by address; a reference coerced to one would compare what it points to.
fn main() {
    let first = Box::new(1u8);
    let second = Box::new(1u8);
    let a: *const u8 = &*first;
    let b: *const u8 = &*second;
    println!("{}", a == b);
}
