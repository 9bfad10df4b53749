trait Area {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Area for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn boxed(shapes: &[Box<dyn Area>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let s = Square(2.0);
    println!("{}", s.area());
    println!("{}", boxed(&[Box::new(Square(1.0))]));
    {
        trait Twice {
            fn twice(&self) -> u32;
        }
        impl Twice for u32 {
            fn twice(&self) -> u32 {
                self * 2
            }
        }
        println!("{}", 21u32.twice());
    }
}
