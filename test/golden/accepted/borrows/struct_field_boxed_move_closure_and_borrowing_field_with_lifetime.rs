struct Owned {
    keep: Box<dyn Fn(&i32) -> bool>,
}
struct Borrowing<'a> {
    keep: Box<dyn Fn(&i32) -> bool + 'a>,
}
fn owned(limit: i32) -> Owned {
    let bound = limit * 2;
    Owned { keep: Box::new(move |v| *v < bound) }
}
fn borrowing(limits: &[i32]) -> Borrowing<'_> {
    Borrowing { keep: Box::new(|v| limits.contains(v)) }
}
fn main() {
    let limits = vec![4, 8];
    let a = owned(5);
    let b = borrowing(&limits);
    let local = 3;
    let c = Borrowing { keep: Box::new(|v| *v == local) };
    println!("{} {} {}", (a.keep)(&7), (b.keep)(&8), (c.keep)(&3));
}
