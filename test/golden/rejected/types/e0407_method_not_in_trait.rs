trait Greet {
    fn hello(&self) -> String;
}

struct En;

impl Greet for En {
    fn hello(&self) -> String {
        String::from("hello")
    }
    fn bye(&self) -> String {
        String::from("bye")
    }
}

fn main() {
    println!("{}", En.hello());
}
