// Unwrapping None panics; values of every frame are dropped while unwinding.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn inner(v: Option<u32>) -> u32 {
    let _guard = D("inner guard");
    v.unwrap()
}
fn main() {
    let _outer = D("outer");
    println!("{}", inner(Some(3)));
    println!("{}", inner(None));
}
