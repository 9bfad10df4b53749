// Temporaries in method chains and function arguments drop at the end of the statement, in
// reverse order of creation.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl D {
    fn name(&self) -> &'static str {
        self.0
    }
    fn pair(&self, other: &D) -> String {
        format!("{}+{}", self.0, other.0)
    }
}
fn mk(s: &'static str) -> D {
    println!("make {}", s);
    D(s)
}
fn show(a: &D, b: &D) {
    println!("show {} {}", a.0, b.0);
}
fn main() {
    println!("{}", mk("a").pair(&mk("b")));
    show(&mk("c"), &mk("d"));
    let n = mk("e").name().len() + mk("f").name().len();
    println!("n = {}", n);
    let kept = mk("g");
    let s = kept.pair(&mk("h"));
    println!("{}", s);
    println!("end of main");
}
