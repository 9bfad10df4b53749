// std::any::type_name_of_val spells the value's type as type_name does: std types by their crate, program types by their path.
use std::any::type_name_of_val;
mod shapes {
    pub struct Square(pub u32);
}
mod a {
    pub struct Noisy;
}
mod b {
    pub struct Noisy;
}
fn main() {
    let n = 5;
    let x = 2.5;
    let big = 7u64;
    let s = String::from("hi");
    let sq = shapes::Square(3);
    let pair = (a::Noisy, b::Noisy);
    let r = &sq;
    println!("{}", type_name_of_val(&n));
    println!("{}", type_name_of_val(&x));
    println!("{}", type_name_of_val(&big));
    println!("{}", type_name_of_val(&s));
    println!("{}", type_name_of_val(&sq));
    println!("{}", type_name_of_val(&pair));
    println!("{}", type_name_of_val(&r));
    println!("{} {}", type_name_of_val(&true), type_name_of_val(&'c'));
    println!("{}", sq.0);
}
