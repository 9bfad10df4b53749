trait Greet {
    fn hello(&self) -> String;
}

struct En;

impl Greet for En {
    fn hello(&self) -> String {
        String::from("hello")
    }
}

impl En {
    fn bye(&self) -> String {
        String::from("bye")
    }
}

fn main() {
    println!("{} {}", En.hello(), En.bye());
}
