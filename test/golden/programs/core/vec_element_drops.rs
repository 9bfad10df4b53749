// Removing, popping, truncating and clearing a Vec drops exactly the elements that leave it.
#[derive(Debug)]
struct D(u8);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop D({})", self.0);
    }
}
fn main() {
    let mut v: Vec<D> = (0..8).map(D).collect();
    println!("len {} cap {}", v.len(), v.capacity());
    let removed = v.remove(1);
    println!("removed {:?}", removed);
    drop(removed);
    let popped = v.pop();
    println!("popped {:?}", popped);
    v.truncate(4);
    println!("after truncate {:?}", v);
    v.retain(|d| d.0 % 2 == 0);
    println!("after retain {:?}", v);
    v.swap_remove(0);
    println!("after swap_remove {:?}", v);
    v.clear();
    println!("cleared, cap {}", v.capacity());
    v.push(D(42));
    println!("end of main");
}
