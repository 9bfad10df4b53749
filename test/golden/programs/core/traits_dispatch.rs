// Traits with default methods, static and dynamic dispatch, trait objects in a Vec.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}
struct Dog;
struct Cat {
    lives: u8,
}
impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".to_string()
    }
    fn sound(&self) -> String {
        "woof".to_string()
    }
}
impl Animal for Cat {
    fn name(&self) -> String {
        format!("Cat({})", self.lives)
    }
    fn sound(&self) -> String {
        "meow".to_string()
    }
    fn speak(&self) -> String {
        format!("{} purrs", self.name())
    }
}
fn loud<T: Animal>(a: &T) -> String {
    a.speak().to_uppercase()
}
fn describe(a: &dyn Animal) -> String {
    a.speak()
}
fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog), Box::new(Cat { lives: 9 })];
    for a in zoo.iter() {
        println!("{}", a.speak());
    }
    println!("{}", loud(&Dog));
    println!("{}", describe(&Cat { lives: 3 }));
    println!("{}", std::mem::size_of::<Box<dyn Animal>>());
    println!("{}", std::mem::size_of::<&dyn Animal>());
}
