// A `&mut` given where a generic `T` is expected is moved, not reborrowed: using it again is E0382.
fn take<T>(value: T) -> T {
    value
}

fn main() {
    let mut n = 1;
    let r = &mut n;
    take(r);
    *r += 1;
    println!("{}", n);
}
