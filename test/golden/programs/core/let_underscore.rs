// `let _ = value` drops at once; `let _x` lives to the end of the scope; `let _ = place` moves nothing.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn make(s: &'static str) -> D {
    D(s)
}
fn main() {
    let _ = make("unbound");
    println!("after let _");
    let _x = make("underscore-named");
    println!("after let _x");
    let kept = make("kept");
    let _ = kept;
    println!("kept is still alive: {}", kept.0);
    make("statement");
    println!("end of main");
}
