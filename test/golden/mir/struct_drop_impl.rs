// A type with its own Drop impl is dropped like any owner.
struct Guard(u32);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let a = Guard(1);
    let b = Guard(2);
    let moved = a;
    println!("{}", b.0 + moved.0);
}
