// Moving a field out of a struct leaves the rest owned by the struct; it drops at scope end.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Pair {
    a: D,
    b: D,
}
fn main() {
    let p = Pair { a: D("a"), b: D("b") };
    let a = p.a;
    println!("moved out {}", a.0);
    drop(a);
    println!("after drop(a)");
    let t = (D("t0"), D("t1"), D("t2"));
    let (x, _, z) = t;
    println!("bound {} {}", x.0, z.0);
    let q = Pair { a: D("qa"), b: D("qb") };
    let Pair { a: qa, .. } = q;
    println!("destructured {}", qa.0);
    println!("end of main");
}
