trait Named {
    fn name(&self) -> String;
}

struct Dog;

impl Named for Dog {
    fn name(&self) -> String {
        "dog"
    }
}

fn main() {
    println!("{}", Dog.name());
}
