// A generic parameter that appears only inside the return type (`Vec<T>`): the call's instance names it.
trait Make {
    fn make() -> Self;
}
impl Make for u8 {
    fn make() -> Self {
        1
    }
}
fn build<T: Make>() -> Vec<T> {
    vec![T::make()]
}
fn main() {
    let v: Vec<u8> = build();
    println!("{:?}", v);
}
