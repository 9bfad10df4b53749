use std::ops::Deref;

struct Meters(Vec<f64>);

impl Deref for Meters {
    type Target = Vec<f64>;
    fn deref(&self) -> &Vec<f64> {
        &self.0
    }
}

struct Plain;

fn main() {
    let m = Meters(vec![1.0, 2.5]);
    println!("{} {}", m.len(), m.iter().sum::<f64>());
    let p = Plain;
    let r = &p;
    let copy = r.clone();
    let _ = copy;
    let same: Plain = Plain::from(p);
    let _ = same;
}
