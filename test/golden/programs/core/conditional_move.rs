// A value moved in one branch only is dropped at scope end only if it was not moved (drop flags).
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn take(d: D) {
    println!("take {}", d.0);
}
fn run(flag: bool) {
    let x = D(if flag { "x-true" } else { "x-false" });
    if flag {
        take(x);
    }
    println!("end of run({})", flag);
}
fn main() {
    run(true);
    run(false);
    let items = vec![D("v0"), D("v1"), D("v2")];
    for (i, item) in items.into_iter().enumerate() {
        if i == 1 {
            println!("keeping {} until the end of the iteration", item.0);
        } else {
            take(item);
        }
    }
    println!("end");
}
