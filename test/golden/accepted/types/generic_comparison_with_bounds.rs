use std::fmt::Display;

trait Ranked: PartialOrd + Display {}
impl Ranked for u32 {}

fn tallest<T: PartialOrd>(heights: &[T]) -> &T {
    let mut top = &heights[0];
    for h in heights {
        if h > top {
            top = h;
        }
    }
    top
}

fn same<T>(a: T, b: T) -> bool
where
    T: Eq + Copy,
{
    a == b
}

fn ordered<T: Ord>(a: &T, b: &T) -> bool {
    a <= b && a != b
}

fn better<R: Ranked>(a: R, b: R) -> bool {
    a > b
}

fn refs_compare<'a, T>(a: &'a T, b: &'a T) -> bool
where
    &'a T: PartialEq,
{
    a == b
}

struct Pair<T> {
    left: T,
    right: T,
}

impl<T: PartialOrd> Pair<T> {
    fn left_is_smaller(&self) -> bool {
        self.left < self.right
    }
}

fn main() {
    let p = Pair { left: 3, right: 8 };
    println!("{} {} {} {} {} {}", tallest(&[4, 9, 2]), same(1, 1), ordered(&2, &5), better(7u32, 3), refs_compare(&1, &2), p.left_is_smaller());
}
