// Inline modules, pub items, paths with self/super/crate, and use declarations.
mod geometry {
    pub mod shapes {
        #[derive(Debug)]
        pub struct Square {
            pub side: u32,
        }
        impl Square {
            pub fn area(&self) -> u32 {
                super::helpers::square(self.side)
            }
        }
    }
    mod helpers {
        pub fn square(x: u32) -> u32 {
            x * x
        }
    }
    pub fn describe(s: &shapes::Square) -> String {
        format!("square with area {}", s.area())
    }
}
mod counter {
    pub fn next(n: u32) -> u32 {
        n + 1
    }
}
use geometry::shapes::Square;
use counter::next;
fn main() {
    let s = Square { side: 4 };
    println!("{:?} {}", s, s.area());
    println!("{}", geometry::describe(&s));
    println!("{}", next(next(1)));
    println!("{}", crate::counter::next(10));
}
