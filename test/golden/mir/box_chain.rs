// A box of a box: one drop of the outer one.
fn main() {
    let inner = Box::new(String::from("inner"));
    let outer = Box::new(inner);
    println!("{}", outer.len());
}
