trait Shape {
    fn area(&self) -> f64;
    fn corners(&self) -> usize {
        unimplemented!()
    }
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let s = Square(1.5);
    println!("area {}", s.area());
    println!("corners {}", s.corners());
}
