trait Scale {
    fn scale(&self, by: f64) -> f64;
}

struct Len(f64);

impl Scale for Len {
    fn scale(&self, by: f64) -> f64 {
        self.0 * by
    }
}

fn main() {
    println!("{}", Len(2.0).scale(3.0));
}
