// Associated constants in impl blocks are not modelled yet.
struct Circle;
impl Circle {
    const SIDES: u32 = 0;
}
fn main() {
    println!("{}", Circle::SIDES);
}
