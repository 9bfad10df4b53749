struct Meters(f64);

impl From<f32> for Meters {
    fn from(v: f32) -> Meters {
        Meters(v as f64)
    }
}

fn main() {
    let m: Meters = 3.0.into();
    let n = 12;
    let label = n.to_string();
    println!("{} {}", m.0, label);
}
