use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money(u32);

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money(self.0 + other.0)
    }
}

fn main() {
    let a = Money(1) + Money(2);
    let s = String::from("a") + "b";
    let x = 3;
    let y = &x;
    let v = vec![Money(1)];
    let same = v == vec![Money(1)];
    let bits = true & false;
    println!("{:?} {} {} {} {}", a, s, *y == 3, same, bits);
    println!("{}", y + 1);
    println!("{}", 2.0 * 1.5 + 1 as f64);
}
