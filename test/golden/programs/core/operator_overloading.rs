// Operator traits on user types: Add, Sub, Mul, Neg, AddAssign, PartialEq by hand.
use std::ops::{Add, AddAssign, Mul, Neg, Sub};
#[derive(Debug, Clone, Copy)]
struct V2 {
    x: f64,
    y: f64,
}
impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}
impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}
impl Mul<f64> for V2 {
    type Output = V2;
    fn mul(self, k: f64) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}
impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}
impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}
impl PartialEq for V2 {
    fn eq(&self, o: &V2) -> bool {
        (self.x - o.x).abs() < 1e-9 && (self.y - o.y).abs() < 1e-9
    }
}
#[derive(Debug, PartialEq)]
struct Money(u64);
impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0 + o.0)
    }
}
fn main() {
    let a = V2 { x: 1.0, y: 2.0 };
    let b = V2 { x: 0.5, y: -1.0 };
    println!("{:?}", a + b);
    println!("{:?}", a - b);
    println!("{:?}", a * 3.0);
    println!("{:?}", -a);
    let mut c = a;
    c += b;
    c += b;
    println!("{:?}", c);
    println!("{} {}", a + b == V2 { x: 1.5, y: 1.0 }, a == b);
    println!("{:?}", Money(5) + Money(7));
    println!("{}", Money(1) + Money(2) == Money(3));
}
