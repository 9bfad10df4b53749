trait Draw {
    fn draw(&self);
}

struct Button;

fn main() {
    let items: Vec<Box<dyn Draw>> = vec![Box::new(Button)];
    for i in &items {
        i.draw();
    }
}
