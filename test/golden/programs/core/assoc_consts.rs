// Associated constants in impl blocks and trait impls, used through the type and through Self.
struct Circle {
    r: f64,
}
impl Circle {
    const PI: f64 = 3.14159;
    const UNIT: Circle = Circle { r: 1.0 };
    fn area(&self) -> f64 {
        Self::PI * self.r * self.r
    }
}
trait Shape {
    const SIDES: u32;
    fn sides(&self) -> u32;
}
struct Square;
impl Shape for Square {
    const SIDES: u32 = 4;
    fn sides(&self) -> u32 {
        Self::SIDES
    }
}
fn main() {
    println!("{} {}", Circle::PI, Circle::UNIT.area());
    println!("{:.3}", Circle { r: 2.0 }.area());
    println!("{} {}", Square::SIDES, Square.sides());
    let limit = [0u8; Square::SIDES as usize];
    println!("{}", limit.len());
}
