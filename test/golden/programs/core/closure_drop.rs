// A `move` closure owns its captures: they drop when the closure drops.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let a = D("a");
    let b = D("b");
    {
        let c = move || println!("closure sees {}", a.0);
        c();
        println!("closure about to go out of scope");
    }
    let by_ref = || println!("borrowing {}", b.0);
    by_ref();
    let consume = move || {
        let inner = b;
        println!("consumed {}", inner.0);
    };
    println!("before calling consume");
    consume();
    println!("end of main");
}
