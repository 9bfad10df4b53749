// Shadowing does not drop the shadowed value: both live until the end of the scope.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let x = D("first x");
    let x = D("second x");
    println!("x is {}", x.0);
    {
        let x = D("inner x");
        println!("inner {}", x.0);
    }
    let y = D("y");
    let y_ref = &y;
    println!("{}", y_ref.0);
    let z = D("z");
    let moved_z = z;
    println!("moved {}", moved_z.0);
    println!("end of main");
}
