// A program rustc accepts: modules, self/super/crate paths, re-exports, globs, shadowing, items
// declared after use, generic and const parameters, Self, qualified paths, unit variants in patterns.
mod my {
    pub fn function() -> &'static str {
        "my::function"
    }
    pub mod cool {
        pub fn function() -> &'static str {
            "my::cool::function"
        }
    }
    pub fn indirect() -> &'static str {
        self::cool::function()
    }
    pub mod nested {
        pub fn up() -> &'static str {
            super::function()
        }
    }
    pub use self::cool::function as cool_function;
}

mod cool {
    pub fn function() -> &'static str {
        "cool::function"
    }
}

use my::nested::*;
use std::collections::{HashMap, HashSet as Set};
use std::fmt::{self, Display};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Down,
}

use Dir::*;

trait A {
    fn get(&self) -> u32;
}
trait B {
    fn get(&self) -> u32;
}

struct F<const N: usize>;

impl<const N: usize> A for F<N> {
    fn get(&self) -> u32 {
        N as u32
    }
}
impl<const N: usize> B for F<N> {
    fn get(&self) -> u32 {
        (N * 10) as u32
    }
}

struct Wrapper<T>(T);

impl<T: Display> Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}]", self.0)
    }
}

impl<T> Wrapper<T> {
    fn new(value: T) -> Self {
        Self(value)
    }
}

const LIMIT: u32 = 3;

fn main() {
    println!("{} {} {}", my::indirect(), up(), cool::function());
    println!("{}", my::cool_function());
    let x = 5;
    let x = x + later();
    let f = F::<2>;
    println!("{} {}", <F<2> as A>::get(&f), <F<2> as B>::get(&f));
    let mut m: HashMap<&str, u32> = HashMap::new();
    m.insert("k", x);
    let s: Set<u8> = Set::new();
    let d = Up;
    match d {
        Up => println!("up {}", s.len()),
        Down => println!("down"),
    }
    match Some(LIMIT) {
        Some(LIMIT) => println!("limit"),
        None => println!("none"),
        Some(other) => println!("{other}"),
    }
    let w = Wrapper::new(x);
    println!("{w} {}", m["k"]);
    if let Some(y) = Some(1) {
        if y > 0 {
            println!("{y}");
        }
    }
    fn later() -> u32 {
        1
    }
}
