// Drops at the end of scopes, of a moved-out parameter, by drop(), by assignment; moves into a
// function and into another binding. The printed "drop" lines are the real drop order.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn take(d: D) {
    println!("took {}", d.0);
}
fn main() {
    let a = D("a");
    let b = D("b");
    let s = String::from("s");
    let r = &s;
    println!("{}", r);
    take(a);
    let t = s;
    {
        let _c = D("c");
        let _d = D("d");
    }
    drop(b);
    let mut e = D("e1");
    e = D("e2");
    println!("{}", t);
}
