use std::collections::BTreeMap;
use std::fmt::Display;

trait Speak {
    fn speak(&self) -> String;
}
struct Dog;
struct Cat;
impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}
impl Speak for Cat {
    fn speak(&self) -> String {
        String::from("meow")
    }
}

fn double(x: i32) -> i32 {
    x * 2
}
fn triple(x: i32) -> i32 {
    x * 3
}

fn pick<T: Display>(a: T, b: T, first: bool) -> T {
    if first { a } else { b }
}

fn main() {
    let owned = String::from("owned");
    let text = if owned.len() > 3 { "short" } else { &owned };
    let op = if text.len() > 2 { double } else { triple };
    let f = match op(1) {
        2 => |x: i32| x + 1,
        _ => |x: i32| x - 1,
    };
    let pet: Box<dyn Speak> = match f(1) {
        2 => Box::new(Dog),
        _ => Box::new(Cat),
    };
    let n = 7u8;
    let kind = match &n {
        0 => "zero",
        b'a' => "letter",
        1..=9 => "digit",
        _ => "other",
    };
    let pair = (1, -2);
    let sign = match &pair {
        (0, _) => 0,
        (_, -2) => -1,
        _ => 1,
    };
    let c = 'x';
    let vowel = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => true,
        _ => false,
    };
    let v = vec![10, 20, 30];
    for (i, x) in v.iter().enumerate() {
        if i == 1 {
            continue;
        }
        println!("{i} {x}");
    }
    let mut m: BTreeMap<u32, u32> = BTreeMap::new();
    m.insert(5, 50);
    let low: Vec<_> = m.range(..=10).map(|(k, d)| (*k, *d)).collect();
    let mut ready = false;
    while !ready {
        ready = true;
    }
    let value = loop {
        if ready {
            break 3;
        }
    };
    let label = match value {
        3 => pick("three", "x", true),
        _ => panic!("unexpected"),
    };
    println!("{text} {} {} {kind} {sign} {vowel} {low:?} {label}", op(2), pet.speak());
}
