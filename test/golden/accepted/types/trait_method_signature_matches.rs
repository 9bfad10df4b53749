trait Area {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Area for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    println!("{}", Sq(2.0).area());
}
