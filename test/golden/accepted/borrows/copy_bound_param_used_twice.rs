// A value of a generic parameter bounded by `Copy` is copied, not moved: using it twice is fine,
// directly and through a trait whose supertrait is `Copy`.
trait Amount: Copy + std::fmt::Display {}
impl Amount for u32 {}
fn dup<T: Copy>(x: T) -> (T, T) {
    let a = x;
    let b = x;
    (a, b)
}
fn total<A: Amount>(a: A) -> String {
    let first = a;
    format!("{} {}", first, a)
}
struct Pair<T> {
    left: T,
}
impl<T: Copy> Pair<T> {
    fn both(&self) -> (T, T) {
        let l = self.left;
        (l, self.left)
    }
}
fn main() {
    let (a, b) = dup(3u8);
    let p = Pair { left: 'x' };
    println!("{} {} {} {:?}", a, b, total(5u32), p.both());
}
