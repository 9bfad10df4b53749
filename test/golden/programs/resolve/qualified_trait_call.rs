// `<F as A>::get(&f)` calls A's `get`, even when another trait also gives F a `get`.
trait A {
    fn get(&self) -> u32;
}

trait B {
    fn get(&self) -> u32;
}

struct F {
    value: u32,
}

impl A for F {
    fn get(&self) -> u32 {
        self.value
    }
}

impl B for F {
    fn get(&self) -> u32 {
        self.value * 100
    }
}

fn main() {
    let f = F { value: 7 };
    println!("A: {}", <F as A>::get(&f));
    println!("B: {}", <F as B>::get(&f));
    println!("A again: {}", A::get(&f));
    println!("B again: {}", B::get(&f));
}
