use std::panic;
struct D(u8);
impl Drop for D { fn drop(&mut self) { println!("drop D({})", self.0); } }
fn risky(n: u8) -> u8 {
    let _d = D(n);
    if n > 1 { panic!("n = {}", n); }
    n * 10
}
fn main() {
    let ok = panic::catch_unwind(|| risky(1));
    println!("{:?}", ok);
    let bad = panic::catch_unwind(|| risky(2));
    println!("is_err {}", bad.is_err());
    let msg = bad.unwrap_err();
    println!("{:?}", msg.downcast_ref::<String>());
    let mut v = vec![1];
    let r = panic::catch_unwind(panic::AssertUnwindSafe(|| { v.push(2); v[5] }));
    println!("{} {:?}", r.is_err(), v);
    let r2 = panic::catch_unwind(|| { let o: Option<u8> = None; o.unwrap() });
    println!("{:?}", r2.unwrap_err().downcast_ref::<&str>());
}
