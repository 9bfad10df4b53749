// Generic parameters used as types inside the body: T::new(), T::default(), size_of::<T>(), from turbofish, arguments or the expected result.
use std::mem::size_of;
trait Animal { fn name() -> String; fn new(n: u8) -> Self; fn id(&self) -> u8; }
#[derive(Debug)] struct Dog(u8);
#[derive(Debug)] struct Cat(u8);
impl Animal for Dog { fn name() -> String { "dog".into() } fn new(n: u8) -> Self { Dog(n) } fn id(&self) -> u8 { self.0 } }
impl Animal for Cat { fn name() -> String { "cat".into() } fn new(n: u8) -> Self { Cat(n * 10) } fn id(&self) -> u8 { self.0 } }
fn describe<T: Animal>() -> String { format!("a {}", T::name()) }
fn make<T: Animal>(n: u8) -> T { T::new(n) }
fn twice<T: Animal>(a: &T) -> String { format!("{} #{}", T::name(), a.id()) }
fn sizes<T>() -> usize { size_of::<T>() }
fn zeroed<T: Default + std::fmt::Debug>() -> T { T::default() }
fn nested<T: Animal>() -> String { describe::<T>() }
trait Make { fn make() -> Self; }
impl Make for u8 { fn make() -> Self { 1 } }
fn build<T: Make>() -> T { T::make() }
fn main() {
    println!("{} {}", describe::<Dog>(), describe::<Cat>());
    let c: Cat = make(3);
    println!("{:?} {:?}", c, make::<Dog>(4));
    println!("{}", twice(&c));
    println!("{} {} {}", sizes::<u64>(), sizes::<(u8, u32)>(), sizes::<Dog>());
    let z: i32 = zeroed();
    println!("{} {:?} {:?}", z, zeroed::<String>(), zeroed::<Vec<u8>>());
    println!("{}", nested::<Cat>());
    let x: u8 = build();
    println!("{}", x);
}
