// A value of a generic type built by a derived `Default` for a field carries no type from the type
// checker, so `Display::fmt`, which std calls on it, does not know what `T` stands for there.
use std::fmt;
trait Named {
    fn name() -> &'static str;
}
#[derive(Default)]
struct Cat;
impl Named for Cat {
    fn name() -> &'static str {
        "cat"
    }
}
#[derive(Default)]
struct Tag<T>(T);
impl<T: Named> fmt::Display for Tag<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", T::name())
    }
}
#[derive(Default)]
struct Card {
    tag: Tag<Cat>,
}
fn main() {
    let c: Card = Default::default();
    println!("{}", c.tag);
}
