// `Display::fmt` of a generic type, called by `println!` (std, not the program): the type checker
// records no instance for that call, so what `T` stands for in the body is not known.
use std::fmt;
trait Named {
    fn name() -> &'static str;
}
struct Cat;
impl Named for Cat {
    fn name() -> &'static str {
        "cat"
    }
}
struct Tag<T>(T);
impl<T: Named> fmt::Display for Tag<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", T::name())
    }
}
fn main() {
    println!("{}", Tag(Cat));
}
