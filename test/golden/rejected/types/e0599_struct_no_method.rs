struct Dog;

impl Dog {
    fn bark(&self) -> &str {
        "woof"
    }
}

fn main() {
    let d = Dog;
    println!("{}", d.meow());
}
