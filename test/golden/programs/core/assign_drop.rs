// Assigning to a place drops its old value right after the new one is in place.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Holder {
    item: D,
}
fn main() {
    let mut x = D("first");
    println!("assigning second");
    x = D("second");
    println!("assigned, x = {}", x.0);
    let mut h = Holder { item: D("h1") };
    h.item = D("h2");
    println!("holder has {}", h.item.0);
    let mut v = vec![D("v0"), D("v1")];
    v[0] = D("v0-new");
    println!("vec updated");
    let mut late;
    late = D("late1");
    late = D("late2");
    println!("late is {}", late.0);
    println!("end of main");
}
