// Items, fields, methods, variants, modules and bindings named like JavaScript's Object.prototype
// members: std's name tables must not find those members.
#![allow(non_camel_case_types, non_snake_case, dead_code)]
#[derive(Debug, Clone)]
struct constructor { toString: u32, valueOf: String }
#[derive(Debug)]
enum hasOwnProperty { isPrototypeOf, __proto__(u8) }
mod toLocaleString { pub fn valueOf() -> u32 { 7 } }
trait propertyIsEnumerable { fn toString(&self) -> u32; }
impl propertyIsEnumerable for constructor { fn toString(&self) -> u32 { self.toString + 1 } }
impl constructor { fn constructor(&self) -> usize { self.valueOf.len() } fn __proto__() -> u8 { 3 } }
fn __defineGetter__(hasOwnProperty: u32) -> u32 { hasOwnProperty * 2 }
fn main() {
    let c = constructor { toString: 4, valueOf: String::from("hi") };
    let __proto__ = c.clone();
    let made = hasOwnProperty::__proto__(constructor::__proto__());
    let v: Vec<constructor> = vec![c.clone()];
    let total: u32 = v.iter().map(|hasOwnProperty| hasOwnProperty.toString).sum();
    println!("{} {} {} {} {}", c.toString(), __proto__.constructor(), toLocaleString::valueOf(), __defineGetter__(c.toString), total);
    println!("{:?} {:?} {}", made, hasOwnProperty::isPrototypeOf, 3);
}
