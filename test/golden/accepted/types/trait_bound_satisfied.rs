trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn announce<T: Speak>(thing: &T) {
    println!("{}", thing.speak());
}

fn main() {
    announce(&Dog);
}
