trait Animal {
    fn name(&self) -> String;
}

struct Cat;

impl Animal for Cat {
    fn name(&self) -> String {
        String::from("cat")
    }
}

fn make() -> Box<dyn Animal> {
    Box::new(Cat)
}

fn main() {
    println!("{}", make().name());
}
