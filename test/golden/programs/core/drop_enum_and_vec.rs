// Drop order of enum payloads, Vec elements (index order) and Box contents.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
enum Slot {
    Empty,
    One(D),
    Two(D, D),
}
fn main() {
    let slots = vec![Slot::Two(D("s0a"), D("s0b")), Slot::Empty, Slot::One(D("s2"))];
    let boxed = Box::new(D("boxed"));
    let nested = vec![vec![D("n00"), D("n01")], vec![D("n10")]];
    let opt: Option<D> = Some(D("optional"));
    let none: Option<D> = None;
    println!("{} slots", slots.len());
    drop(nested);
    println!("nested dropped");
    let _ = (boxed, opt, none);
    println!("end of main");
}
