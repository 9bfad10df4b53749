trait Area {
    fn area(&self) -> f64;
}

struct Circle(f64);

struct Square(f64);

impl Area for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

impl Area for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    println!("{} {}", Square(2.0).area(), Circle(1.0).area());
}
