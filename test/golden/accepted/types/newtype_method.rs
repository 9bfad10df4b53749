struct Celsius(f64);

impl Celsius {
    fn to_f(&self) -> f64 {
        self.0 * 1.8 + 32.0
    }
}

fn main() {
    let t = Celsius(20.0);
    println!("{}", t.to_f());
}
