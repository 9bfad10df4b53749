// Downcasting through `Any` is not modelled.
use std::any::Any;
fn main() {
    let b: Box<dyn Any> = Box::new(5i32);
    println!("{:?}", b.downcast_ref::<i32>());
}
