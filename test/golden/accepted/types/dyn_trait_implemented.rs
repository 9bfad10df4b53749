trait Draw {
    fn draw(&self) -> String;
}

struct Button;

impl Draw for Button {
    fn draw(&self) -> String {
        String::from("button")
    }
}

fn main() {
    let items: Vec<Box<dyn Draw>> = vec![Box::new(Button)];
    for i in &items {
        println!("{}", i.draw());
    }
}
