struct Meters(f64);

impl From<f64> for Meters {
    fn from(v: f64) -> Self {
        Meters(v)
    }
}

fn main() {
    let m: Meters = 3.0.into();
    println!("{}", m.0);
}
