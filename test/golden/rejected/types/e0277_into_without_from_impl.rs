struct Meters(f64);

struct Feet(f64);

impl From<Feet> for Meters {
    fn from(f: Feet) -> Meters {
        Meters(f.0 * 0.3048)
    }
}

fn main() {
    let raw: f64 = 3.0;
    let m: Meters = raw.into();
    let n: Meters = Feet(2.0).into();
    println!("{} {}", m.0, n.0);
}
