// A trait method that takes `self`, implemented for a user type.
trait Consume {
    fn consume(self) -> usize;
    fn peek(&self) -> usize;
}

struct Packet {
    data: Vec<u8>,
}

impl Consume for Packet {
    fn consume(self) -> usize {
        self.data.len()
    }
    fn peek(&self) -> usize {
        self.data.len()
    }
}

fn main() {
    let p = Packet { data: vec![1, 2, 3] };
    println!("{}", p.peek());
    let n = p.consume();
    println!("{} {}", n, p.peek());
}
