// Calling an associated function through a generic parameter needs the monomorphised type.
trait Make {
    fn make() -> Self;
}
impl Make for u8 {
    fn make() -> Self {
        1
    }
}
fn build<T: Make>() -> T {
    T::make()
}
fn main() {
    let x: u8 = build();
    println!("{}", x);
}
