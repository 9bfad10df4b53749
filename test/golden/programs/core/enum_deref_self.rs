// An enum that implements `Deref` and has `&self` methods: calling them must not deref the
// receiver (the method takes the enum itself), while `*e` and auto-deref reach the target.
use std::ops::Deref;

enum Slot {
    Full(i32),
    Empty,
}

static ZERO: i32 = 0;

impl Deref for Slot {
    type Target = i32;
    fn deref(&self) -> &i32 {
        match self {
            Slot::Full(n) => n,
            Slot::Empty => &ZERO,
        }
    }
}

impl Slot {
    fn name(&self) -> &'static str {
        match self {
            Slot::Full(_) => "full",
            Slot::Empty => "empty",
        }
    }
}

fn show(n: &i32) -> String {
    format!("value {}", n)
}

fn main() {
    let slots = [Slot::Full(5), Slot::Empty];
    for s in &slots {
        println!("{} {} {}", s.name(), **s, show(s));
    }
    let total: i32 = slots.iter().map(|s| **s + s.abs()).sum();
    println!("total {}", total);
}
